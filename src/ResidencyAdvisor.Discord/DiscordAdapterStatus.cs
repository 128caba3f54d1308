using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResidencyAdvisor.Discord;

/// <summary>
/// The Discord adapter's link as a health check: connected to the gateway, when it last heard anything, a fatal error.
/// A connected link that has been silent past its deadline (two heartbeat intervals and a grace) counts as down.
/// </summary>
public sealed class DiscordAdapterStatus(TimeProvider time) : IHealthCheck
{
    private volatile bool _connected;
    private volatile bool _overHttp;
    private volatile string? _fatalError;
    private long _lastEventTicks;
    private long _silenceDeadlineTicks;

    public bool Connected => _connected;

    public DateTimeOffset? LastEventAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastEventTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Set when the adapter stopped for good (for example a rejected token), with the reason.</summary>
    public string? FatalError => _fatalError;

    /// <summary>True when the gateway, heartbeat ACKs included, has said nothing for longer than its deadline.</summary>
    public bool Silent
    {
        get
        {
            var deadline = Interlocked.Read(ref _silenceDeadlineTicks);
            return deadline > 0 && LastEventAt is { } heard && time.GetUtcNow() - heard > TimeSpan.FromTicks(deadline);
        }
    }

    /// <summary>Healthy while the gateway is connected and not silent; the data carries connected, lastEventAt and fatalError for /health.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (connected, last, fatal, silent) = (Connected, LastEventAt, FatalError, Silent);
        var data = new Dictionary<string, object> { ["connected"] = connected && !silent };
        if (_overHttp)
        {
            // No socket to lose: interactions arrive on the public listener.
            data["mode"] = "interactions endpoint";
            return Task.FromResult(fatal is null
                ? HealthCheckResult.Healthy("Receiving interactions over HTTP.", data)
                : new HealthCheckResult(context.Registration.FailureStatus, fatal, data: data));
        }

        if (last is { } heard)
        {
            data["lastEventAt"] = heard;
        }

        if (fatal is not null)
        {
            data["fatalError"] = fatal;
        }

        var problem = fatal ?? (!connected ? "Not connected to the Discord gateway." : silent ? "The Discord gateway has been silent past its deadline." : null);
        return Task.FromResult(problem is null
            ? HealthCheckResult.Healthy("Connected to the Discord gateway.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, problem, data: data));
    }

    internal void SetConnected(bool connected) => _connected = connected;

    internal void ServeOverHttp() => _overHttp = true;

    internal void Heard(DateTimeOffset at) => Interlocked.Exchange(ref _lastEventTicks, at.UtcTicks);

    /// <summary>From Hello on, the gateway answers every heartbeat; silence longer than <paramref name="deadline"/> means the link is dead.</summary>
    internal void ExpectTrafficWithin(TimeSpan deadline) => Interlocked.Exchange(ref _silenceDeadlineTicks, deadline.Ticks);

    internal void Fail(string reason)
    {
        _fatalError = reason;
        _connected = false;
    }
}
