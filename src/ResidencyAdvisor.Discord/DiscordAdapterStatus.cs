using ResidencyAdvisor.Core.Platforms;

namespace ResidencyAdvisor.Discord;

/// <summary>
/// The Discord adapter's link as a health check: connected to the gateway, when it last heard anything, a fatal error.
/// A connected link that has been silent past its deadline (two heartbeat intervals and a grace) counts as down.
/// </summary>
public sealed class DiscordAdapterStatus(TimeProvider time) : AdapterStatus(time)
{
    private volatile bool _connected;
    private volatile bool _overHttp;
    private long _silenceDeadlineTicks;

    /// <summary>Connected to the gateway and not silent past its deadline.</summary>
    public override bool Connected => _connected && !Silent && FatalError is null;

    /// <summary>True when the gateway, heartbeat ACKs included, has said nothing for longer than its deadline.</summary>
    public bool Silent
    {
        get
        {
            var deadline = Interlocked.Read(ref _silenceDeadlineTicks);
            return deadline > 0 && LastEventAt is { } heard && Time.GetUtcNow() - heard > TimeSpan.FromTicks(deadline);
        }
    }

    // No socket to lose over HTTP: interactions arrive on the public listener.
    protected override string? DownReason =>
        _overHttp ? null
        : !_connected ? "Not connected to the Discord gateway."
        : Silent ? "The Discord gateway has been silent past its deadline."
        : null;

    protected override string UpDescription => _overHttp ? "Receiving interactions over HTTP." : "Connected to the Discord gateway.";

    internal void SetConnected(bool connected) => _connected = connected;

    internal void ServeOverHttp() => _overHttp = true;

    /// <summary>From Hello on, the gateway answers every heartbeat; silence longer than <paramref name="deadline"/> means the link is dead.</summary>
    internal void ExpectTrafficWithin(TimeSpan deadline) => Interlocked.Exchange(ref _silenceDeadlineTicks, deadline.Ticks);

    protected override void AddDetails(IDictionary<string, object> data)
    {
        if (_overHttp)
        {
            data["mode"] = "interactions endpoint";
        }
    }
}
