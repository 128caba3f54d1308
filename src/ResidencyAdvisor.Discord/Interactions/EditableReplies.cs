using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// The latest editable reply per conversation scope, so "forget" can also blank replies in the student's other servers
/// and the DM. Held only while the interaction token still works (<see cref="DiscordOptions.ReplyEditWindow"/>) and at
/// most <see cref="DiscordOptions.MaxEditableReplies"/> of them: the oldest go first. Memory only, per instance.
/// </summary>
internal sealed class EditableReplies(TimeProvider time, IOptions<DiscordOptions> options)
{
    private readonly TimeSpan _editWindow = options.Value.ReplyEditWindow;
    private readonly int _max = options.Value.MaxEditableReplies;
    private readonly Lock _gate = new();
    // Appended to a scope to hold its latest plan file apart from its latest reply; no server id or "dm" ends this way.
    private const string PlanScope = "#plan";

    private readonly Dictionary<ConversationKey, EditableReply> _latest = [];

    // Insertion order, for expiry and eviction without scanning; superseded entries are skipped when they reach the front.
    private readonly Queue<(ConversationKey Key, EditableReply Reply)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                Prune(time.GetUtcNow());
                return _latest.Count;
            }
        }
    }

    /// <summary>
    /// Remembers the reply just sent to an interaction that arrived <paramref name="age"/> ago: its token's lifetime
    /// runs from then, not from the reply.
    /// </summary>
    public void Remember(ConversationKey key, string applicationId, string token, string? originalMessageId, IReadOnlyList<string> followUpIds,
        TimeSpan age)
    {
        var reply = new EditableReply(applicationId, token, originalMessageId, followUpIds, time.GetUtcNow() - age + _editWindow);
        lock (_gate)
        {
            _latest[key] = reply;
            _order.Enqueue((key, reply));
            Prune(time.GetUtcNow());
        }
    }

    /// <summary>
    /// Remembers a plan file sent in <paramref name="key"/>'s scope beside its latest reply, not in its place: the file
    /// holds every answer, and the reply with the Forget button must stay reachable too. The plan is the original
    /// response of its interaction, or <paramref name="followUpId"/> when it followed a deferred click.
    /// </summary>
    public void RememberPlan(ConversationKey key, string applicationId, string token, string? followUpId, TimeSpan age)
    {
        var reply = new EditableReply(applicationId, token, null, followUpId is null ? [] : [followUpId], time.GetUtcNow() - age + _editWindow)
        {
            EditsOriginal = followUpId is null,
        };
        var planKey = key with { Scope = key.Scope + PlanScope };
        lock (_gate)
        {
            _latest[planKey] = reply;
            _order.Enqueue((planKey, reply));
            Prune(time.GetUtcNow());
        }
    }

    /// <summary>The reply held for <paramref name="key"/>, or null (none, or its token no longer works).</summary>
    public EditableReply? Find(ConversationKey key)
    {
        lock (_gate)
        {
            Prune(time.GetUtcNow());
            return _latest.GetValueOrDefault(key);
        }
    }

    /// <summary>Removes and returns every reply of <paramref name="userId"/> on this platform whose token still works.</summary>
    public IReadOnlyList<(ConversationKey Key, EditableReply Reply)> TakeAll(string userId)
    {
        lock (_gate)
        {
            Prune(time.GetUtcNow());
            var taken = _latest.Where(e => e.Key.UserId == userId).Select(e => (e.Key, e.Value)).ToList();
            foreach (var (key, _) in taken)
            {
                _latest.Remove(key);
            }

            return taken;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        // The queue may hold superseded entries too; twice the cap bounds it as well as the map.
        while (_order.TryPeek(out var oldest)
               && (oldest.Reply.ExpiresAt <= now || _latest.Count > _max || _order.Count > 2 * _max))
        {
            _order.Dequeue();
            if (_latest.TryGetValue(oldest.Key, out var current) && ReferenceEquals(current, oldest.Reply))
            {
                _latest.Remove(oldest.Key);
            }
        }
    }
}
