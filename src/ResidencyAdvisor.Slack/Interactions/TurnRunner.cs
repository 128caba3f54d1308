using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Rendering;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// The turn runner: runs a student's input through the core (which saves before it replies) and shows the reply: the
/// answered message loses its buttons (chat.update), then the next question or result is posted. Web API failures are
/// logged and never undo a saved answer: the student can send any message to get the current question again.
/// With many workspaces, nothing runs for a team whose installation is not in the store, and a turn whose team let the
/// app go while it ran is erased again and shows nothing (see <see cref="UninstalledSinceAsync"/>).
/// </summary>
internal sealed class TurnRunner(TurnHandler conversations, IInstallationStore installations, BotTokens tokens, SlackWebApi api,
    PromptMessages prompts, PostedMessages posted, ILogger<TurnRunner> logger)
{
    /// <summary>What a message that showed the student's answers says once they asked to forget them.</summary>
    public const string Redacted = "(Erased at your request.)";

    public static string QueueKey(string team, string user) => team + ":" + user;

    public async Task HandleTextAsync(string team, string user, string channel, string text, CancellationToken cancellationToken)
    {
        if (await InstalledAsync(team, cancellationToken))
        {
            await HandleInstalledTextAsync(team, user, channel, text, cancellationToken);
        }
    }

    private async Task HandleInstalledTextAsync(string team, string user, string channel, string text, CancellationToken cancellationToken)
    {
        var key = Key(team, user);
        var reply = await conversations.HandleAsync(key, UserInput.Text(text), cancellationToken);
        if (await UninstalledSinceAsync(key, cancellationToken))
        {
            return;
        }

        if (prompts.Find(key.ToString()) is { } previous && Moved(reply, previous))
        {
            var said = LabelFitter.Fit(text.ReplaceLineEndings(" "), 100);
            await TryAsync("chat.update", () => api.UpdateMessageAsync(team, previous.Channel, previous.Ts,
                AnsweredRenderer.Render(previous.Text, $"You replied \u201c{said}\u201d"), cancellationToken));
            prompts.ForgetIf(key.ToString(), previous.Ts);
        }

        await ShowAsync(key, team, channel, reply, cancellationToken);
    }

    public async Task HandleClickAsync(ClickContext click, UserInput input, ActionKind kind, string outcome, CancellationToken cancellationToken) =>
        await ShowClickAsync(click, await RunAsync(click, input, cancellationToken), kind, outcome, cancellationToken);

    /// <summary>
    /// Runs a click's turn through the core (which saves before it replies) without showing anything yet; null when
    /// the click's workspace is not installed (nothing was saved, and nothing is to be shown).
    /// </summary>
    public async Task<Reply?> RunAsync(ClickContext click, UserInput input, CancellationToken cancellationToken)
    {
        if (!await InstalledAsync(click.Team, cancellationToken))
        {
            return null;
        }

        var key = Key(click.Team, click.User);
        var reply = await conversations.HandleAsync(key, input, cancellationToken);
        return await UninstalledSinceAsync(key, cancellationToken) ? null : reply;
    }

    /// <summary>Shows the reply to a click: the clicked message is retired with its outcome, then the reply is posted.</summary>
    public async Task ShowClickAsync(ClickContext click, Reply? reply, ActionKind kind, string outcome, CancellationToken cancellationToken)
    {
        var key = Key(click.Team, click.User);
        if (reply is null)
        {
            return;
        }

        if (reply.IsStale)
        {
            await TellAsync(click, ReplyRenderer.StaleText(reply), cancellationToken);
            return;
        }

        var retire = kind is not (ActionKind.Section or ActionKind.ShowResult)
            && !reply.Has(NoticeKind.InvalidAnswer) && !reply.Has(NoticeKind.TryAgainShortly) && click.MessageTs.Length > 0;
        if (retire)
        {
            var question = click.MessageText.Length > 0 ? click.MessageText : prompts.Find(key.ToString())?.Text ?? "";
            await TryAsync("chat.update", () => api.UpdateMessageAsync(click.Team, click.Channel, click.MessageTs,
                AnsweredRenderer.Render(question, outcome), cancellationToken));
            prompts.ForgetIf(key.ToString(), click.MessageTs);
        }

        await ShowAsync(key, click.Team, click.Channel, reply, cancellationToken);
    }

    public const string NoDirectMessage =
        "I couldn't open a direct message with you, so I can't continue there. Please ask a workspace admin to turn on the app's Messages tab (App Home), then try /advise again.";

    public async Task StartInDirectMessageAsync(string team, string user, string? commandChannel, string text, CancellationToken cancellationToken)
    {
        if (!await InstalledAsync(team, cancellationToken))
        {
            return;
        }

        string channel;
        try
        {
            channel = await api.OpenDirectMessageAsync(team, user, cancellationToken);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            logger.ApiFailed("conversations.open", ex is SlackApiException slackError ? slackError.Error : ex.Message);

            // The ack already promised a DM: say plainly, where the command was typed, that it did not happen.
            if (commandChannel is { Length: > 0 })
            {
                await TryAsync("chat.postEphemeral", () => api.PostEphemeralAsync(team, commandChannel, user, NoDirectMessage, cancellationToken));
            }

            return;
        }

        await HandleInstalledTextAsync(team, user, channel, text.Length == 0 ? "start" : text, cancellationToken);
    }

    public const string OutOfDate = "That question is out of date, so nothing changed. Your current step is the latest message.";

    public const string CouldNotOpenForm = "Sorry, I couldn't open the form. Type your answer here instead.";

    /// <summary>
    /// Opens the number modal for the question Core says the button's (session, turn, step) still shows; unqueued,
    /// since its trigger_id expires 3 s after the click. An out-of-date button is told so instead.
    /// </summary>
    public async Task OpenNumberModalAsync(ClickContext click, NumberModalMetadata metadata, string triggerId, CancellationToken cancellationToken)
    {
        if (!await InstalledAsync(click.Team, cancellationToken))
        {
            return;
        }

        Prompt? prompt;
        try
        {
            prompt = Step.TryParse(metadata.StepId, out var step)
                ? await conversations.CurrentPromptAsync(Key(click.Team, click.User), metadata.SessionId, metadata.Turn, step, cancellationToken)
                : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ApiFailed("store", ex.GetType().Name);
            await TellAsync(click, CouldNotOpenForm, cancellationToken);
            return;
        }

        if (prompt is null)
        {
            await TellAsync(click, OutOfDate, cancellationToken);
            return;
        }

        try
        {
            await api.OpenViewAsync(click.Team, triggerId, NumberModalRenderer.Render(prompt, metadata), cancellationToken);
        }
        catch (SlackApiException ex)
        {
            // Usually an expired trigger (3 s): typing the number works just as well.
            logger.ApiFailed(ex.Method, ex.Error);
            await TellAsync(click, CouldNotOpenForm, cancellationToken);
        }
    }

    /// <summary>A short note only the student sees (out-of-date clicks, unknown buttons).</summary>
    public Task TellAsync(ClickContext click, string text, CancellationToken cancellationToken) =>
        TryAsync("chat.postEphemeral", () => api.PostEphemeralAsync(click.Team, click.Channel, click.User, text, cancellationToken));

    private async Task ShowAsync(ConversationKey key, string team, string channel, Reply reply, CancellationToken cancellationToken)
    {
        if (reply.View is ErasedView)
        {
            prompts.Forget(key.ToString());
            await RedactAsync(key, cancellationToken);
        }

        var messages = ReplyRenderer.Render(reply);
        string? lastTs = null;
        foreach (var message in messages)
        {
            if (BlockKitLimits.Validate(message) is { Count: > 0 } problems)
            {
                logger.LimitsBroken(string.Join("; ", problems));
            }

            var ts = await TryAsync("chat.postMessage", () => api.PostMessageAsync(team, channel, message, cancellationToken));
            if (ts is { Length: > 0 } && reply.View is not ErasedView)
            {
                await posted.AddAsync(key, channel, ts, cancellationToken);
            }

            lastTs = ts ?? lastTs;
        }

        if (lastTs is not null && reply.View is QuestionView or SummaryView or ResultView)
        {
            prompts.Remember(key.ToString(), new PostedPrompt(channel, lastTs, messages[^1].Text, reply.SessionId, reply.Turn));
        }

        // The posted-message ids just recorded must not outlive an uninstall that ran while the reply was being sent.
        await UninstalledSinceAsync(key, cancellationToken);
    }

    /// <summary>
    /// Replaces every message any instance posted to the student, in every workspace (questions with their answers, the
    /// summary, the recommendation), with a short note and no blocks: Slack lets the bot edit its own messages in the DM.
    /// </summary>
    private async Task RedactAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var erased = new SlackMessage(Redacted, []);
        foreach (var message in await posted.TakeAllAsync(key.Platform, key.UserId, cancellationToken))
        {
            await TryAsync("chat.update", () => api.UpdateMessageAsync(message.Key.Scope, message.Channel, message.MessageId, erased, cancellationToken));
        }
    }

    /// <summary>
    /// True when the typed text answered the question this process posted last. With several instances another one may
    /// have posted a later question since; that older message must not be labelled with this answer.
    /// </summary>
    private static bool Moved(Reply reply, PostedPrompt previous) =>
        reply.View is ErasedView || reply.SessionId != previous.SessionId || reply.Turn == previous.Turn + 1;

    private static ConversationKey Key(string team, string user) => new(SlackServiceCollectionExtensions.Platform, team, user);

    /// <summary>Whether the bot may act for <paramref name="team"/>; logs the refusal (team id only) when not.</summary>
    public async Task<bool> InstalledAsync(string team, CancellationToken cancellationToken)
    {
        if (await tokens.IsInstalledAsync(team, cancellationToken))
        {
            return true;
        }

        logger.WorkspaceNotInstalled(team);
        return false;
    }

    /// <summary>
    /// True when the team let the app go while this turn ran, after its installation was checked: the team's erasure
    /// runs again, so what this turn saved goes too, and nothing more is shown. Every store deletes the installation
    /// before (or with) the team's conversations, so a save the uninstall's erasure missed always finds it gone here.
    /// </summary>
    private async Task<bool> UninstalledSinceAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        if (await tokens.IsInstalledAsync(key.Scope, cancellationToken))
        {
            return false;
        }

        // Not cancellable: the erasure must not be skipped because the host is stopping.
        await installations.DeleteAsync(key.Platform, key.Scope, CancellationToken.None);
        prompts.Forget(key.ToString());
        logger.WorkspaceNotInstalled(key.Scope);
        return true;
    }

    private async Task TryAsync(string method, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (SlackApiException ex)
        {
            logger.ApiFailed(method, ex.Error);
        }
        catch (HttpRequestException ex)
        {
            logger.ApiFailed(method, ex.Message);
        }
    }

    private async Task<T?> TryAsync<T>(string method, Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (SlackApiException ex)
        {
            logger.ApiFailed(method, ex.Error);
            return null;
        }
        catch (HttpRequestException ex)
        {
            logger.ApiFailed(method, ex.Message);
            return null;
        }
    }
}
