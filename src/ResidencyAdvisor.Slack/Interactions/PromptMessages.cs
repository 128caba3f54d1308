using System.Collections.Concurrent;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// The last message with controls posted to each student, so it can lose its buttons when the student answers by
/// typing. Process memory only: after a restart the old message keeps its buttons, and clicking them is told it is out of date.
/// </summary>
internal sealed class PromptMessages
{
    /// <summary>Enough for every student of a busy workspace; past it the memory is dropped rather than grown.</summary>
    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, PostedPrompt> _last = new(StringComparer.Ordinal);

    public int Count => _last.Count;

    public void Remember(string key, PostedPrompt prompt)
    {
        if (_last.Count >= MaxEntries && !_last.ContainsKey(key))
        {
            // Forgetting only means some old messages keep their buttons, which answer "out of date": cheaper than
            // memory that grows for the life of the process with every student who never finished.
            _last.Clear();
        }

        _last[key] = prompt;
    }

    public PostedPrompt? Find(string key) => _last.TryGetValue(key, out var prompt) ? prompt : null;

    public void Forget(string key) => _last.TryRemove(key, out _);

    public void ForgetIf(string key, string ts)
    {
        if (_last.TryGetValue(key, out var prompt) && prompt.Ts == ts)
        {
            _last.TryRemove(new KeyValuePair<string, PostedPrompt>(key, prompt));
        }
    }
}

/// <summary>A posted message with controls: where it is, its fallback text and the turn it belongs to.</summary>
internal sealed record PostedPrompt(string Channel, string Ts, string Text, string SessionId, int Turn);
