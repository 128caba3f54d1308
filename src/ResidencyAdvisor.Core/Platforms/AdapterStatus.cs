using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResidencyAdvisor.Core.Platforms;

/// <summary>
/// A platform adapter's link as a health check: whether it is up, when it last heard anything, a fatal error. Each
/// adapter says what "up" means for its transport and how /health words it.
/// </summary>
public abstract class AdapterStatus(TimeProvider time) : IHealthCheck
{
    /// <summary>The tag every adapter's health check carries.</summary>
    public const string HealthTag = "adapter";

    private long _lastEventTicks;
    private volatile string? _fatalError;

    /// <summary>The link is up: false once a fatal error stopped the adapter.</summary>
    public abstract bool Connected { get; }

    public DateTimeOffset? LastEventAt =>
        Interlocked.Read(ref _lastEventTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Set when the adapter stopped for good (for example a rejected token), with the reason.</summary>
    public string? FatalError => _fatalError;

    /// <summary>Why the link is down when no fatal error says so; null while it is up.</summary>
    protected abstract string? DownReason { get; }

    /// <summary>What /health says while the link is up.</summary>
    protected abstract string UpDescription { get; }

    protected TimeProvider Time => time;

    /// <summary>Healthy while the link is up; the data carries connected, lastEventAt and fatalError for /health.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (connected, last, fatal) = (Connected, LastEventAt, FatalError);
        var data = new Dictionary<string, object> { ["connected"] = connected };
        AddDetails(data);
        if (last is { } heard)
        {
            data["lastEventAt"] = heard;
        }

        if (fatal is not null)
        {
            data["fatalError"] = fatal;
        }

        var problem = fatal ?? DownReason;
        return Task.FromResult(problem is null
            ? HealthCheckResult.Healthy(UpDescription, data)
            : new HealthCheckResult(context.Registration.FailureStatus, problem, data: data));
    }

    public void EventReceived() => Interlocked.Exchange(ref _lastEventTicks, time.GetUtcNow().UtcTicks);

    /// <summary>The first reason given is kept: it is the cause, later ones are its consequences.</summary>
    public void Fail(string reason) => _fatalError ??= reason;

    /// <summary>Adds what only this adapter reports, right after "connected".</summary>
    protected virtual void AddDetails(IDictionary<string, object> data)
    {
    }
}
