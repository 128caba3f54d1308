using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// /advise: answers at once (ephemerally, in the ack) and continues the questionnaire in the bot's DM. A command is run
/// once: a signed request replayed while its signature is still accepted (a captured "/advise forget" sent again after
/// the student answered anew) is acknowledged and does nothing.
/// </summary>
internal sealed class SlashCommandPlanner(WorkspaceGuard workspaces, DirectMessageStarter directMessages, IDeliveryLedger ledger, BotIdentity bot,
    AdvisorContent content, IOptions<SlackOptions> options, ILogger<SlashCommandPlanner> logger)
{
    public EnvelopePlan Plan(SocketMessagePayload envelope)
    {
        var command = envelope.PayloadAs(SlackJsonContext.Default.SlashCommandPayload);
        if (command?.UserId is not { Length: > 0 } user)
        {
            logger.MalformedFrame("a slash command without user_id");
            return EnvelopePlan.AckOnly;
        }

        var team = InstallationScope.Of(command.TeamId ?? bot.TeamId, command.EnterpriseId,
            string.Equals(command.IsEnterpriseInstall, "true", StringComparison.OrdinalIgnoreCase));
        var text = command.Text?.Trim() ?? "";
        var delivery = DeliveryId(command, envelope.Payload.Span);
        var ack = JsonSerializer.SerializeToElement(new SlashCommandResponsePayload("ephemeral", content.Notices[StudentNotice.ContinuingInDirectMessage]),
            SlackJsonContext.Default.SlashCommandResponsePayload);
        return new EnvelopePlan(ack, SlackTurnSender.QueueKey(team, user), async ct =>
        {
            if (!await workspaces.InstalledAsync(team, ct))
            {
                return;
            }

            // The ledger is shared by every instance, so a replay sent to another one is caught too. Its window
            // (Slack:DeliveryWindow, 10 minutes) covers the 5 minutes either side of now that a signature is accepted.
            if (!await ledger.IsFirstDeliveryAsync(SlackServiceCollectionExtensions.Platform, "command", delivery, options.Value.DeliveryWindow, ct))
            {
                logger.DuplicateCommand();
                return;
            }

            await directMessages.StartAsync(team, user, command.ChannelId, text, ct);
        });
    }

    /// <summary>
    /// Slack gives every command its own trigger_id; without one, the payload's hash stands in (over HTTP the payload is
    /// read from the signed body, so a replay of the same bytes has the same hash).
    /// </summary>
    private static string DeliveryId(SlashCommandPayload command, ReadOnlySpan<byte> payload) =>
        command.TriggerId is { Length: > 0 } trigger ? trigger : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(payload));
}
