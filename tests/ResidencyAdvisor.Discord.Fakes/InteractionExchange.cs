using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>One interaction sent to the bot and everything the bot answered to it.</summary>
public sealed class InteractionExchange(string id, string token, JsonObject interaction)
{
    private readonly TaskCompletionSource<JsonObject> _initial = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<JsonObject> _edits = new();
    private readonly ConcurrentQueue<JsonObject> _followUps = new();
    private readonly ConcurrentQueue<(string MessageId, JsonObject Message)> _followUpEdits = new();
    private readonly ConcurrentQueue<FakeAttachment> _attachments = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _callbacks;

    public string Id => id;

    public string Token => token;

    public JsonObject Interaction => interaction;

    public long DispatchedAt { get; internal set; }

    public long RespondedAt { get; private set; }

    /// <summary>The HTTP status the bot's endpoint answered, for interactions delivered over HTTP; 0 over the gateway.</summary>
    public int HttpStatus { get; internal set; }

    /// <summary>How many initial responses the bot sent; Discord accepts exactly one.</summary>
    public int CallbackCount => Volatile.Read(ref _callbacks);

    public Task<JsonObject> InitialResponse => _initial.Task;

    public IReadOnlyCollection<JsonObject> Edits => _edits;

    /// <summary>Follow-up messages as sent, each with the "id" the fake gave it.</summary>
    public IReadOnlyCollection<JsonObject> FollowUps => _followUps;

    /// <summary>Later edits of this interaction's follow-up messages, by message id.</summary>
    public IReadOnlyCollection<(string MessageId, JsonObject Message)> FollowUpEdits => _followUpEdits;

    /// <summary>Every file the bot sent through this interaction (callback, edit of the original, follow-up), in order.</summary>
    public IReadOnlyCollection<FakeAttachment> Attachments =>
    [
        // The original response is ephemeral when the response that created it said so; an edit cannot change that.
        .. _attachments.Select(a => a.Via == "edit-original"
            ? a with { Ephemeral = _initial.Task.IsCompletedSuccessfully && FakeDiscordServer.Flagged(_initial.Task.Result["data"]) }
            : a),
    ];

    /// <summary>From the dispatch leaving the fake to the initial response arriving back.</summary>
    public TimeSpan Latency => Stopwatch.GetElapsedTime(DispatchedAt, RespondedAt);

    /// <summary>Waits until an edit or follow-up arrives; false on timeout.</summary>
    public Task<bool> WaitForMoreAsync(TimeSpan timeout) => _arrived.WaitAsync(timeout);

    internal bool Respond(JsonObject body)
    {
        if (Interlocked.Increment(ref _callbacks) > 1)
        {
            return false;
        }

        RespondedAt = Stopwatch.GetTimestamp();
        _initial.TrySetResult(body);
        return true;
    }

    internal void Attached(string via, JsonObject? message, IReadOnlyList<FakeFile> files, bool ephemeral)
    {
        foreach (var file in files)
        {
            _attachments.Enqueue(new FakeAttachment(via, message ?? [], file, ephemeral));
        }
    }

    internal void Edited(JsonObject message)
    {
        _edits.Enqueue(message);
        _arrived.Release();
    }

    internal void FollowUpEdited(string messageId, JsonObject message) => _followUpEdits.Enqueue((messageId, message));

    internal void FollowedUp(JsonObject message)
    {
        _followUps.Enqueue(message);
        _arrived.Release();
    }
}
