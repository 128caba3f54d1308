using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// The messages posted to each student's DM, so "Forget my answers" can redact the ones that show their answers
/// (answered questions, the summary, the recommendation) whichever instance posted them and whenever. They are kept in
/// the shared store; a message the store could not record is held in this process instead, so a store outage costs at
/// most the redaction of messages posted by another instance.
/// </summary>
internal sealed class PostedMessages(IPostedMessageStore store, ILogger<PostedMessages> logger)
{
    public const int MaxStudents = 50_000;

    private readonly ConcurrentDictionary<ConversationKey, ConcurrentQueue<PostedMessage>> _unrecorded = new();

    public async Task AddAsync(ConversationKey key, string channel, string ts, CancellationToken cancellationToken)
    {
        var message = new PostedMessage(key, channel, ts);
        try
        {
            await store.AddAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.PostedMessageNotRecorded(ex.GetType().Name);
            KeepHere(message);
        }
    }

    /// <summary>
    /// Removes and returns what was posted to this person in any workspace (as forget erases all of them), oldest first
    /// within each; when the store cannot answer, what this process holds.
    /// </summary>
    public async Task<IReadOnlyList<PostedMessage>> TakeAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        var taken = new List<PostedMessage>();
        foreach (var key in _unrecorded.Keys.Where(k => k.Platform == platform && k.UserId == userId))
        {
            if (_unrecorded.TryRemove(key, out var queue))
            {
                taken.AddRange(queue);
            }
        }

        try
        {
            taken.AddRange(await store.TakeAllAsync(platform, userId, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.PostedMessagesNotRead(ex.GetType().Name);
        }

        return taken;
    }

    private void KeepHere(PostedMessage message)
    {
        if (_unrecorded.Count >= MaxStudents && !_unrecorded.ContainsKey(message.Key))
        {
            _unrecorded.Clear();
        }

        var queue = _unrecorded.GetOrAdd(message.Key, _ => new ConcurrentQueue<PostedMessage>());
        queue.Enqueue(message);
        while (queue.Count > IPostedMessageStore.MaxPerConversation && queue.TryDequeue(out _))
        {
        }
    }
}
