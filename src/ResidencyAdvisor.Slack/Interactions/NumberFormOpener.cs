using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Slack.Rendering;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Opens the number modal for the question Core's <see cref="OpenFormQuery"/> says the button's (session, turn, step)
/// still shows; unqueued, since its trigger_id expires 3 s after the click. An out-of-date button is told so instead.
/// </summary>
internal sealed class NumberFormOpener(OpenFormQuery query, WorkspaceGuard workspaces, SlackWebApi api, BestEffortCalls calls,
    AdvisorContent content, ILogger<NumberFormOpener> logger)
{
    public async Task OpenAsync(ClickContext click, NumberModalMetadata metadata, string triggerId, CancellationToken cancellationToken)
    {
        if (!await workspaces.InstalledAsync(click.Team, cancellationToken))
        {
            return;
        }

        var lookup = await query.AskAsync(SlackTurnSender.Key(click.Team, click.User), metadata.SessionId, metadata.Turn, metadata.StepId,
            Timeout.InfiniteTimeSpan, cancellationToken);
        if (lookup.Prompt is not { } prompt)
        {
            if (lookup.Failure is { } failure)
            {
                logger.ApiFailed("store", failure.GetType().Name);
            }

            var note = lookup.OutOfDate ? StudentNotice.OutOfDate : StudentNotice.CouldNotOpenForm;
            await calls.TellAsync(click, content.Notices[note], cancellationToken);
            return;
        }

        try
        {
            await api.OpenViewAsync(click.Team, triggerId, NumberModalRenderer.Render(prompt, metadata, content), cancellationToken);
        }
        catch (SlackApiException ex)
        {
            // Usually an expired trigger (3 s): typing the number works just as well.
            logger.ApiFailed(ex.Method, ex.Error);
            await calls.TellAsync(click, content.Notices[StudentNotice.CouldNotOpenForm], cancellationToken);
        }
    }
}
