using ResidencyAdvisor.Core;

namespace ResidencyAdvisor.Slack;

/// <summary>What the health check sees of the Slack adapter: live sockets, the last envelope, a fatal error.</summary>
internal sealed class SlackAdapterStatus(TimeProvider time) : IAdapterStatus
{
    private int _openSockets;
    private long _lastEventTicks;
    private volatile string? _fatalError;

    public string Name => "slack";

    public bool Connected => Volatile.Read(ref _openSockets) > 0 && _fatalError is null;

    public DateTimeOffset? LastEventAt =>
        Interlocked.Read(ref _lastEventTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public string? FatalError => _fatalError;

    public void SocketOpened() => Interlocked.Increment(ref _openSockets);

    public void SocketClosed() => Interlocked.Decrement(ref _openSockets);

    public void EventReceived() => Interlocked.Exchange(ref _lastEventTicks, time.GetUtcNow().UtcTicks);

    public void Fail(string reason) => _fatalError ??= reason;
}
