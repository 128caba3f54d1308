using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResidencyAdvisor.Discord;

/// <summary>The Discord adapter's link as a health check: connected to the gateway, when it last heard anything, a fatal error.</summary>
public sealed class DiscordAdapterStatus : IHealthCheck
{
    private volatile bool _connected;
    private volatile bool _overHttp;
    private volatile string? _fatalError;
    private long _lastEventTicks;

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

    /// <summary>Healthy while the gateway is connected; the data carries connected, lastEventAt and fatalError for /health.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (connected, last, fatal) = (Connected, LastEventAt, FatalError);
        var data = new Dictionary<string, object> { ["connected"] = connected };
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

        return Task.FromResult(connected && fatal is null
            ? HealthCheckResult.Healthy("Connected to the Discord gateway.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, fatal ?? "Not connected to the Discord gateway.", data: data));
    }

    internal void SetConnected(bool connected) => _connected = connected;

    internal void ServeOverHttp() => _overHttp = true;

    internal void Heard(DateTimeOffset at) => Interlocked.Exchange(ref _lastEventTicks, at.UtcTicks);

    internal void Fail(string reason)
    {
        _fatalError = reason;
        _connected = false;
    }
}
