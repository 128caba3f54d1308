using System.Text.Json;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>/advise: answers at once (ephemerally, in the ack) and continues the questionnaire in the bot's DM.</summary>
internal sealed class SlashCommandPlanner(TurnRunner turns, BotIdentity bot, ILogger<SlashCommandPlanner> logger)
{
    public const string Reply = "I've sent you a direct message: let's continue there.";

    public EnvelopePlan Plan(SocketMessagePayload envelope)
    {
        var command = envelope.PayloadAs(SlackJsonContext.Default.SlashCommandPayload);
        if (command?.UserId is not { Length: > 0 } user)
        {
            logger.MalformedFrame("a slash command without user_id");
            return EnvelopePlan.AckOnly;
        }

        var team = command.TeamId ?? bot.TeamId;
        var text = command.Text?.Trim() ?? "";
        var ack = JsonSerializer.SerializeToElement(new SlashCommandResponsePayload("ephemeral", Reply),
            SlackJsonContext.Default.SlashCommandResponsePayload);
        return new EnvelopePlan(ack, TurnRunner.QueueKey(team, user),
            ct => turns.StartInDirectMessageAsync(team, user, command.ChannelId, text, ct));
    }
}
