using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Rendering;
using ResidencyAdvisor.Slack.Season;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Sends a student's turn: Core's <see cref="TurnHandler"/> runs it (and saves before it replies), then the
/// answered message loses its buttons (chat.update) and the next question or result is posted. Web API failures are
/// logged and never undo a saved answer (<see cref="BestEffortCalls"/>); nothing runs for a workspace that is not
/// installed, and nothing shows for one that let the app go meanwhile (<see cref="WorkspaceGuard"/>).
/// </summary>
internal sealed class SlackTurnSender(TurnHandler conversations, WorkspaceGuard workspaces, SlackWebApi api, BestEffortCalls calls,
    PromptMessages prompts, PostedMessages posted, EarlierReplyEraser eraser, AdvisorContent content, ILogger<SlackTurnSender> logger)
{
    /// <summary>One student's work runs in arrival order; see <see cref="WorkQueue"/>.</summary>
    public static string QueueKey(string team, string user) => team + ":" + user;

    public static ConversationKey Key(string team, string user) => new(SlackServiceCollectionExtensions.Platform, team, user);

    /// <summary>
    /// A typed message in a workspace already checked to be installed. False when <paramref name="delivery"/> was
    /// already handled (a retry of an event answered before): nothing was saved or shown.
    /// </summary>
    public async Task<bool> SendInstalledTextAsync(string team, string user, string channel, string text, DeliveryRecord? delivery,
        CancellationToken cancellationToken)
    {
        var key = Key(team, user);
        var reply = await conversations.HandleAsync(key, UserInput.Text(text) with { Delivery = delivery }, cancellationToken);
        if (reply.IsReplay)
        {
            return false;
        }

        if (await workspaces.UninstalledSinceAsync(key, cancellationToken))
        {
            return true;
        }

        if (prompts.Find(key.ToString()) is { } previous && Moved(reply, previous))
        {
            var said = LabelFitter.Fit(text.ReplaceLineEndings(" "), 100);
            await calls.TryAsync("chat.update", () => api.UpdateMessageAsync(team, previous.Channel, previous.Ts,
                AnsweredRenderer.Render(previous.Text, content.Notices.Format(StudentNotice.Replied, ("text", said)), content.Labels), cancellationToken));
            prompts.ForgetIf(key.ToString(), previous.Ts);
        }

        await ShowAsync(key, team, channel, reply, cancellationToken);
        return true;
    }

    public async Task SendClickAsync(ClickContext click, UserInput input, ControlAction action, string outcome, CancellationToken cancellationToken)
    {
        var reply = await RunAsync(click, input, cancellationToken);
        if (reply is not null && action is (ControlAction.TickTask or ControlAction.UntickTask) && await TryUpdateChecklistAsync(click, reply, cancellationToken))
        {
            return;
        }

        await ShowClickAsync(click, reply, action, outcome, cancellationToken);
    }

    /// <summary>
    /// A tick redraws the checklist it was picked on, so the student sees it where they clicked and the thread does not
    /// fill with checklists. Only a checklist that fits one message is redrawn; a longer one is posted anew.
    /// </summary>
    private async Task<bool> TryUpdateChecklistAsync(ClickContext click, Reply reply, CancellationToken cancellationToken)
    {
        if (reply.View is not ChecklistView || reply.IsStale || click.MessageTs.Length == 0 || ReplyRenderer.Render(reply, content.Labels) is not [var message])
        {
            return false;
        }

        if (BlockKitLimits.Validate(message) is { Count: > 0 } problems)
        {
            logger.LimitsBroken(string.Join("; ", problems));
        }

        await calls.TryAsync("chat.update", () => api.UpdateMessageAsync(click.Team, click.Channel, click.MessageTs, message, cancellationToken));
        return true;
    }

    /// <summary>
    /// Runs a click's turn through the core (which saves before it replies) without showing anything yet; null when
    /// the click's workspace is not installed (nothing was saved, and nothing is to be shown).
    /// </summary>
    public async Task<Reply?> RunAsync(ClickContext click, UserInput input, CancellationToken cancellationToken)
    {
        if (!await workspaces.InstalledAsync(click.Team, cancellationToken))
        {
            return null;
        }

        var key = Key(click.Team, click.User);
        var reply = await conversations.HandleAsync(key, input, cancellationToken);
        return await workspaces.UninstalledSinceAsync(key, cancellationToken) ? null : reply;
    }

    /// <summary>Shows the reply to a click: the clicked message is retired with its outcome, then the reply is posted.</summary>
    public async Task ShowClickAsync(ClickContext click, Reply? reply, ControlAction action, string outcome, CancellationToken cancellationToken)
    {
        if (reply is null)
        {
            return;
        }

        if (reply.IsStale)
        {
            await calls.TellAsync(click, ReplyRenderer.StaleText(reply), cancellationToken);
            return;
        }

        var key = Key(click.Team, click.User);
        // The recommendation keeps its buttons when a section or a season control on it is used: it is the student's page.
        var retire = action is not (ControlAction.Section or ControlAction.ShowResult or ControlAction.Plan or ControlAction.Checklist
                or ControlAction.WhatsNext or ControlAction.RemindersOn)
            && !reply.Has(NoticeKind.InvalidAnswer) && !reply.Has(NoticeKind.TryAgainShortly) && click.MessageTs.Length > 0;
        if (retire)
        {
            var question = click.MessageText.Length > 0 ? click.MessageText : prompts.Find(key.ToString())?.Text ?? "";
            await calls.TryAsync("chat.update", () => api.UpdateMessageAsync(click.Team, click.Channel, click.MessageTs,
                AnsweredRenderer.Render(question, outcome, content.Labels), cancellationToken));
            prompts.ForgetIf(key.ToString(), click.MessageTs);
        }

        await ShowAsync(key, click.Team, click.Channel, reply, cancellationToken);
    }

    private async Task ShowAsync(ConversationKey key, string team, string channel, Reply reply, CancellationToken cancellationToken)
    {
        if (reply.View is ErasedView)
        {
            prompts.Forget(key.ToString());
            await eraser.EraseAsync(key, cancellationToken);
        }

        var messages = ReplyRenderer.Render(reply, content.Labels);
        string? lastTs = null;
        foreach (var message in messages)
        {
            if (BlockKitLimits.Validate(message) is { Count: > 0 } problems)
            {
                logger.LimitsBroken(string.Join("; ", problems));
            }

            var ts = await calls.TryAsync("chat.postMessage", () => api.PostMessageAsync(team, channel, message, cancellationToken));
            if (ts is { Length: > 0 } && reply.View is not ErasedView)
            {
                await posted.AddAsync(key, channel, ts, cancellationToken);
            }

            lastTs = ts ?? lastTs;
        }

        if (reply.View is PlanView plan)
        {
            await UploadPlanAsync(team, channel, plan, cancellationToken);
        }

        if (lastTs is not null && reply.View is QuestionView or SummaryView or ResultView)
        {
            prompts.Remember(key.ToString(), new PostedPrompt(channel, lastTs, messages[^1].Text, reply.SessionId, reply.Turn));
        }

        // The posted-message ids just recorded must not outlive an uninstall that ran while the reply was being sent.
        await workspaces.UninstalledSinceAsync(key, cancellationToken);
    }

    /// <summary>
    /// The plan as a file in the DM. A workspace that installed before the app asked for files:write is told to
    /// reinstall instead of seeing an error; any other failure is logged like every other best-effort call.
    /// </summary>
    private async Task UploadPlanAsync(string team, string channel, PlanView plan, CancellationToken cancellationToken)
    {
        // Boxed so the best-effort wrapper (reference results, null on failure) can carry the outcome.
        var outcome = await calls.TryAsync<object>("files.completeUploadExternal", async () => await api.UploadFileAsync(team, channel,
            plan.FileName, content.Labels[ChatLabel.PlanFileTitle], System.Text.Encoding.UTF8.GetBytes(plan.Markdown), null, cancellationToken));
        if (outcome is FileUploadOutcome.MissingScope)
        {
            var text = content.Notices[StudentNotice.PlanNeedsReinstall];
            await calls.TryAsync("chat.postMessage", () => api.PostMessageAsync(team, channel,
                new SlackMessage(text, [Blocks.Section(Mrkdwn.Escape(text), "plan-scope")]), cancellationToken));
        }
    }

    /// <summary>
    /// True when the typed text answered the question this process posted last. With several instances another one may
    /// have posted a later question since; that older message must not be labelled with this answer.
    /// </summary>
    private static bool Moved(Reply reply, PostedPrompt previous) =>
        reply.View is ErasedView || reply.SessionId != previous.SessionId || reply.Turn == previous.Turn + 1;
}
