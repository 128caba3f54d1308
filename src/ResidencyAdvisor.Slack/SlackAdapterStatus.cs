using ResidencyAdvisor.Core.Platforms;

namespace ResidencyAdvisor.Slack;

/// <summary>The Slack adapter's link as a health check: live Socket Mode sockets, the last envelope, a fatal error.</summary>
public sealed class SlackAdapterStatus(TimeProvider time) : AdapterStatus(time)
{
    private int _openSockets;
    private volatile bool _listening;

    /// <summary>A Socket Mode socket is open, or (HTTP mode) the adapter is ready for Slack's requests.</summary>
    public override bool Connected => (Volatile.Read(ref _openSockets) > 0 || _listening) && FatalError is null;

    protected override string? DownReason => Connected ? null : "No Socket Mode connection is open.";

    protected override string UpDescription => _listening ? "Ready for Slack's requests." : "A Socket Mode connection is open.";

    internal void SocketOpened() => Interlocked.Increment(ref _openSockets);

    internal void SocketClosed() => Interlocked.Decrement(ref _openSockets);

    internal void ListeningForRequests() => _listening = true;
}
