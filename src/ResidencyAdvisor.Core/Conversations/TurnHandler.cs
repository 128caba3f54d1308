using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Telemetry;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>
/// Runs one turn: lock the student's conversation, load it, apply the input, save it (compare-and-set) and only then
/// return the reply, so an answer is never lost between saving and sending the next question. What the turn does is
/// the <see cref="ConversationEngine"/>'s; this does the locking and the storage around it, and the adapters present
/// and send the reply. An input that names its delivery is recorded in the same write as the turn's save (or the
/// turn's confirm, when it saves nothing), so each student action costs the store one write; with a
/// <see cref="ConversationCache"/> an active student's turn reads nothing from the store before it.
/// </summary>
public sealed class TurnHandler
{
    private const int MaxAttempts = 3;

    private readonly IConversationStore _store;
    private readonly ConversationEngine _engine;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly QuestionnaireMigrations _migrations;
    private readonly KeyedLocks _locks = new();
    private readonly AdvisorMetrics? _metrics;
    private readonly IReminderStore? _reminders;
    private readonly IDeliveryLedger? _deliveries;
    private readonly ConversationCache? _cache;

    /// <param name="deliveries">Records the delivery of a forget, before anything is erased; without it a replayed forget runs again.</param>
    /// <param name="cache">Active students' last saved states; without it every turn reads the store first.</param>
    public TurnHandler(IConversationStore store, ConversationEngine engine, TimeProvider time,
        ILogger<TurnHandler>? logger = null, QuestionnaireMigrations? migrations = null, AdvisorMetrics? metrics = null,
        IReminderStore? reminders = null, IDeliveryLedger? deliveries = null, ConversationCache? cache = null)
    {
        _cache = cache;
        _deliveries = deliveries;
        _reminders = reminders;
        _metrics = metrics;
        _store = store;
        _engine = engine;
        _time = time;
        _logger = logger ?? NullLogger<TurnHandler>.Instance;
        _migrations = migrations ?? QuestionnaireMigrations.Standard();
    }

    public async Task<Reply> HandleAsync(ConversationKey key, UserInput input, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        using var turn = await _locks.AcquireAsync(key.ToString(), cancellationToken);
        try
        {
            var read = ConversationEngine.Read(input);
            if (read.Forgets)
            {
                return await ForgetAsync(key, input, cancellationToken);
            }

            for (var attempt = 1; ; attempt++)
            {
                var cached = _cache?.Take(key);
                var (state, notices, isNew, dirty) = cached is null ? await LoadAsync(key, input, cancellationToken) : (cached, [], false, false);
                var before = state.Step;
                var result = _engine.Apply(state, read, isNew, _time.GetUtcNow());
                var saves = result.Changed || isNew || dirty;
                SaveOutcome outcome;
                if (saves)
                {
                    state.UpdatedAt = _time.GetUtcNow();
                    outcome = await _store.SaveAsync(key, state, input.Delivery, cancellationToken);
                }
                else
                {
                    // Nothing to save, but the delivery still counts once, and a copy from memory may be out of date.
                    outcome = cached is null && input.Delivery is null
                        ? SaveOutcome.Saved
                        : await _store.ConfirmAsync(key, state.Version, input.Delivery, cancellationToken);
                }

                if (outcome == SaveOutcome.Replayed)
                {
                    return Reply.Replayed;
                }

                if (outcome == SaveOutcome.Conflict)
                {
                    _cache?.Drop(key);
                    if (cached is not null)
                    {
                        // Another turn (here or on another instance), expiry or erasure moved the conversation on: read
                        // what is stored. Not counted as an attempt: the copy was only a guess.
                        _logger.CachedConversationOutOfDate();
                        attempt--;
                        continue;
                    }

                    if (attempt >= MaxAttempts)
                    {
                        return new Reply(state.SessionId, state.Turn, [_engine.Notices.TryAgainShortly], null);
                    }

                    // Someone else saved first (double click, another device or instance): re-read and re-apply,
                    // which answers "already recorded" when the other turn took this question.
                    _logger.SaveConflict(attempt);
                    continue;
                }

                _cache?.Keep(key, state);
                if (saves)
                {
                    var path = (result.Reply.View as ResultView)?.Report.Recommendation.Path.Id();
                    _metrics?.Record(new TurnRecord(key.Platform, input.Kind, before, state.Step, Erased: false, path));
                }

                var reply = await FollowRemindersAsync(key, state, result.Reply, cancellationToken);
                return notices.Count == 0 ? reply : reply with { Notices = [.. notices, .. reply.Notices] };
            }
        }
        catch (NewerQuestionnaireException ex)
        {
            _logger.NewerQuestionnaire(ex.Version);
            return new Reply("", 0, [_engine.Notices.TryAgainShortly], null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store may have written or not: the next turn reads what it holds.
            _cache?.Drop(key);
            _logger.StoreFailed(key.Platform, ex);
            return new Reply("", 0, [_engine.Notices.TryAgainShortly], null);
        }
        finally
        {
            _metrics?.RecordLatency(key.Platform, _time.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// Reminders live in their own store, read by the scheduler on every instance: turning them on subscribes the
    /// student from now on (nothing already due is sent), off deletes the subscription and its history, and a new time
    /// zone or a day set for a task moves an existing subscription with it (a task's day is reminded at 9:00 their time).
    /// </summary>
    private async Task<Reply> FollowRemindersAsync(ConversationKey key, ConversationState state, Reply reply, CancellationToken cancellationToken)
    {
        if (_reminders is null)
        {
            // A host with no platform (the console chat) has nobody to message later: say so rather than promise.
            return reply.View is RemindersView ? reply with { Notices = [_engine.Notices.RemindersUnavailable], View = null } : reply;
        }

        switch (reply.View)
        {
            case RemindersView { On: true } on:
                var existing = await _reminders.GetAsync(key, cancellationToken);
                await _reminders.SubscribeAsync(existing is null
                    ? new ReminderSubscription(key, _time.GetUtcNow(), on.TimeZoneId, TaskMornings(state, on.TimeZoneId))
                    : existing with { TimeZoneId = on.TimeZoneId, TaskDates = TaskMornings(state, on.TimeZoneId) }, cancellationToken);
                break;
            case RemindersView { On: false }:
                await _reminders.UnsubscribeAsync(key, cancellationToken);
                break;
            case ChecklistView when await _reminders.GetAsync(key, cancellationToken) is { } subscription:
                var zone = state.TimeZoneId ?? subscription.TimeZoneId;
                var mornings = TaskMornings(state, zone);
                if (subscription.TimeZoneId != zone || !SameDates(subscription.TaskDates, mornings))
                {
                    await _reminders.SubscribeAsync(subscription with { TimeZoneId = zone, TaskDates = mornings }, cancellationToken);
                }

                break;
        }

        return reply;
    }

    private static Dictionary<string, DateTimeOffset> TaskMornings(ConversationState state, string zoneId)
    {
        var zone = StudentTimeZone.FindOrDefault(zoneId);
        return state.TaskDates.ToDictionary(d => d.Key, d => StudentTimeZone.MorningOf(d.Value, zone), StringComparer.Ordinal);
    }

    private static bool SameDates(IReadOnlyDictionary<string, DateTimeOffset> a, Dictionary<string, DateTimeOffset> b) =>
        a.Count == b.Count && a.All(d => b.TryGetValue(d.Key, out var other) && other == d.Value);

    /// <summary>
    /// The prompt of the question a message carrying (<paramref name="sessionId"/>, <paramref name="turn"/>,
    /// <paramref name="step"/>) shows, when that is still the student's current question; null when the message is out
    /// of date or nothing is saved. For adapters that open a form before running a turn: the prompt has the range and
    /// wording, so their ids need carry nothing else. Reads only; throws when the store does.
    /// </summary>
    public async Task<Prompt?> CurrentPromptAsync(ConversationKey key, string sessionId, int turn, Step step, CancellationToken cancellationToken)
    {
        ConversationState? state;
        try
        {
            state = await _store.LoadAsync(key, cancellationToken);
        }
        catch (CorruptConversationException)
        {
            return null;
        }

        return state is not null && state.SessionId == sessionId && state.Turn == turn && state.Step == step
            && state.QuestionnaireVersion == _migrations.CurrentVersion
            ? _engine.CurrentPrompt(state)
            : null;
    }

    /// <summary>
    /// Erases every conversation of this person on this platform (each server and the DM, each Slack team), not only
    /// the one the request came from. With nothing stored it says so and saves nothing, so a second forget or a
    /// stale Forget button never opens a new conversation.
    /// </summary>
    private async Task<Reply> ForgetAsync(ConversationKey key, UserInput input, CancellationToken cancellationToken)
    {
        // Recorded before anything is erased: a replayed forget must not erase what the student answered since.
        if (!await IsFirstDeliveryAsync(key, input, cancellationToken))
        {
            return Reply.Replayed;
        }

        Step? from;
        try
        {
            from = (await _store.LoadAsync(key, cancellationToken))?.Step;
        }
        catch (CorruptConversationException)
        {
            from = null;
        }

        var erased = await _store.DeleteAllAsync(key.Platform, key.UserId, cancellationToken);

        // After the store, so nothing a turn in another scope kept meanwhile survives. Other instances' copies fail their
        // next confirm or save, and are dropped then.
        _cache?.DropUser(key.Platform, key.UserId);
        if (_reminders is not null)
        {
            // After the conversations: a reminder pass that runs in between finds no checklist and lists nothing open.
            await _reminders.UnsubscribeUserAsync(key.Platform, key.UserId, cancellationToken);
        }

        if (erased == 0)
        {
            return new Reply(input.SessionId ?? "", input.Turn ?? 0, [_engine.Notices.NothingToErase], new ErasedView());
        }

        if (from is { } step)
        {
            _metrics?.Record(new TurnRecord(key.Platform, InputKind.Forget, step, step, Erased: true));
        }

        return new Reply(input.SessionId ?? "", input.Turn ?? 0, [_engine.Notices.Erased], new ErasedView());
    }

    /// <summary>Records a forget's delivery on its own, before anything is erased; true when it has none or it is new.</summary>
    private async ValueTask<bool> IsFirstDeliveryAsync(ConversationKey key, UserInput input, CancellationToken cancellationToken) =>
        input.Delivery is not { } delivery || _deliveries is null
        || await _deliveries.TryRecordAsync(key, delivery.Id, delivery.Window, cancellationToken);

    private async Task<(ConversationState State, List<Notice> Notices, bool IsNew, bool Dirty)> LoadAsync(
        ConversationKey key, UserInput input, CancellationToken cancellationToken)
    {
        var notices = new List<Notice>();
        ConversationState? state;
        try
        {
            state = await _store.LoadAsync(key, cancellationToken);
        }
        catch (CorruptConversationException ex)
        {
            _logger.CorruptConversation(key.Platform, ex);
            await _store.DeleteAsync(key, cancellationToken);
            notices.Add(_engine.Notices.ConversationLost);
            return (Fresh(), notices, true, true);
        }

        if (state is null)
        {
            if (input.IsPinned)
            {
                notices.Add(_engine.Notices.ConversationLost);
            }

            return (Fresh(), notices, true, true);
        }

        var version = state.QuestionnaireVersion;
        if (version > _migrations.CurrentVersion)
        {
            // Saved by a newer release during a rolling upgrade: never overwrite it; that release will answer shortly.
            throw new NewerQuestionnaireException(version);
        }

        if (!_migrations.TryUpgrade(state))
        {
            _logger.MigrationRestarted(state.QuestionnaireVersion);
            notices.Add(_engine.Notices.QuestionnaireChanged);
            var fresh = Fresh();
            fresh.Version = state.Version;
            return (fresh, notices, true, true);
        }

        // The serializer refuses a current-version result or summary without a complete profile; an upgraded one is
        // checked here, after its migration had the chance to send the student to a new question.
        if (version < _migrations.CurrentVersion && !state.Step.IsQuestion && StudentProfile.From(state.Answers) is null)
        {
            _logger.CorruptConversation(key.Platform, new CorruptConversationException("The saved conversation's answers do not fit its step."));
            notices.Add(_engine.Notices.ConversationLost);
            var fresh = Fresh();
            fresh.Version = state.Version;
            return (fresh, notices, true, true);
        }

        return (state, notices, false, state.QuestionnaireVersion != version);
    }

    private ConversationState Fresh()
    {
        var state = ConversationState.Start(_time.GetUtcNow(), _engine.NewSessionId());
        state.Step = _engine.Table.First;
        state.QuestionnaireVersion = _migrations.CurrentVersion;
        return state;
    }
}
