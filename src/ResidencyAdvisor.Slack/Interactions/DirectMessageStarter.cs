using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>/advise continues in the bot's DM: opens it, then sends the command's text there as the student's first message.</summary>
internal sealed class DirectMessageStarter(WorkspaceGuard workspaces, SlackTurnSender turns, SlackWebApi api, BestEffortCalls calls,
    AdvisorContent content, ILogger<DirectMessageStarter> logger)
{
    public async Task StartAsync(string team, string user, string? commandChannel, string text, CancellationToken cancellationToken)
    {
        if (!await workspaces.InstalledAsync(team, cancellationToken))
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
                await calls.TryAsync("chat.postEphemeral", () => api.PostEphemeralAsync(team, commandChannel, user,
                    content.Notices[StudentNotice.NoDirectMessage], cancellationToken));
            }

            return;
        }

        // The slash command's own delivery was recorded by its planner before the DM was opened.
        await turns.SendInstalledTextAsync(team, user, channel, text.Length == 0 ? "start" : text, null, cancellationToken);
    }
}
