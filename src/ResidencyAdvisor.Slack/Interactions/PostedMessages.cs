using System.Collections.Concurrent;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Every message this process posted to each student's DM, so "Forget my answers" can redact the ones that show their
/// answers (answered questions, the summary, the recommendation). Process memory only and bounded: messages posted
/// before a restart or by another instance are not known here, and docs say so.
/// </summary>
internal sealed class PostedMessages
{
    public const int MaxPerStudent = 200;
    public const int MaxStudents = 50_000;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Channel, string Ts)>> _posted = new(StringComparer.Ordinal);

    public void Add(string key, string channel, string ts)
    {
        if (_posted.Count >= MaxStudents && !_posted.ContainsKey(key))
        {
            _posted.Clear();
        }

        var queue = _posted.GetOrAdd(key, _ => new ConcurrentQueue<(string, string)>());
        queue.Enqueue((channel, ts));
        while (queue.Count > MaxPerStudent && queue.TryDequeue(out _))
        {
        }
    }

    /// <summary>Removes and returns what was posted to this student, oldest first.</summary>
    public IReadOnlyList<(string Channel, string Ts)> TakeAll(string key) =>
        _posted.TryRemove(key, out var queue) ? [.. queue] : [];
}
