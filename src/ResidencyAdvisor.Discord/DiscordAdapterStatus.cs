using ResidencyAdvisor.Core;

namespace ResidencyAdvisor.Discord;

/// <summary>What the health check sees of the Discord adapter.</summary>
public sealed class DiscordAdapterStatus : IAdapterStatus
{
    private volatile bool _connected;
    private volatile string? _fatalError;
    private long _lastEventTicks;

    public string Name => "discord";

    public bool Connected => _connected;

    public DateTimeOffset? LastEventAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastEventTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public string? FatalError => _fatalError;

    internal void SetConnected(bool connected) => _connected = connected;

    internal void Heard(DateTimeOffset at) => Interlocked.Exchange(ref _lastEventTicks, at.UtcTicks);

    internal void Fail(string reason)
    {
        _fatalError = reason;
        _connected = false;
    }
}
