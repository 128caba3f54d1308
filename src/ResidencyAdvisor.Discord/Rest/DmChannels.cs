namespace ResidencyAdvisor.Discord.Rest;

/// <summary>
/// Each student's DM channel id, opened once and then remembered, so a season of reminders costs one
/// POST /users/@me/channels per student rather than one per reminder. Bounded: the least recently used ids go first,
/// and one forgotten is simply opened again.
/// </summary>
internal sealed class DmChannels(DiscordRestClient rest, int capacity = DmChannels.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string UserId, string ChannelId)>> _byUser = new(StringComparer.Ordinal);
    private readonly LinkedList<(string UserId, string ChannelId)> _recent = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byUser.Count;
            }
        }
    }

    public async Task<string> GetAsync(string userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_byUser.TryGetValue(userId, out var known))
            {
                _recent.Remove(known);
                _recent.AddFirst(known);
                return known.Value.ChannelId;
            }
        }

        var channelId = await rest.OpenDmAsync(userId, cancellationToken);
        Remember(userId, channelId);
        return channelId;
    }

    /// <summary>Drops a channel Discord no longer knows, so the next message opens a fresh one.</summary>
    public void Forget(string userId)
    {
        lock (_gate)
        {
            if (_byUser.Remove(userId, out var node))
            {
                _recent.Remove(node);
            }
        }
    }

    private void Remember(string userId, string channelId)
    {
        lock (_gate)
        {
            if (_byUser.Remove(userId, out var stale))
            {
                _recent.Remove(stale);
            }

            _byUser[userId] = _recent.AddFirst((userId, channelId));
            while (_byUser.Count > capacity && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _byUser.Remove(oldest.Value.UserId);
            }
        }
    }
}
