using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResidencyAdvisor.Slack;

/// <summary>The Slack adapter's link as a health check: live Socket Mode sockets, the last envelope, a fatal error.</summary>
public sealed class SlackAdapterStatus(TimeProvider time) : IHealthCheck
{
    private int _openSockets;
    private long _lastEventTicks;
    private volatile string? _fatalError;
    private volatile bool _listening;

    /// <summary>A Socket Mode socket is open, or (HTTP mode) the adapter is ready for Slack's requests.</summary>
    public bool Connected => (Volatile.Read(ref _openSockets) > 0 || _listening) && _fatalError is null;

    public DateTimeOffset? LastEventAt =>
        Interlocked.Read(ref _lastEventTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Set when the adapter stopped for good (for example a rejected token), with the reason.</summary>
    public string? FatalError => _fatalError;

    /// <summary>Healthy while at least one socket is live; the data carries connected, lastEventAt and fatalError for /health.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (connected, last, fatal) = (Connected, LastEventAt, FatalError);
        var data = new Dictionary<string, object> { ["connected"] = connected };
        if (last is { } heard)
        {
            data["lastEventAt"] = heard;
        }

        if (fatal is not null)
        {
            data["fatalError"] = fatal;
        }

        return Task.FromResult(connected
            ? HealthCheckResult.Healthy(_listening ? "Ready for Slack's requests." : "A Socket Mode connection is open.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, fatal ?? "No Socket Mode connection is open.", data: data));
    }

    internal void SocketOpened() => Interlocked.Increment(ref _openSockets);

    internal void SocketClosed() => Interlocked.Decrement(ref _openSockets);

    internal void ListeningForRequests() => _listening = true;

    internal void EventReceived() => Interlocked.Exchange(ref _lastEventTicks, time.GetUtcNow().UtcTicks);

    internal void Fail(string reason) => _fatalError ??= reason;
}
