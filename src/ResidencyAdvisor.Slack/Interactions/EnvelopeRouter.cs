using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>Sends each envelope type to its planner, which decides the ack and the work.</summary>
internal sealed class EnvelopeRouter(MessageEventPlanner messages, SlashCommandPlanner commands, InteractionPlanner interactions,
    ILogger<EnvelopeRouter> logger)
{
    public EnvelopePlan Plan(SocketMessagePayload envelope)
    {
        switch (envelope.Type)
        {
            case "events_api":
                return messages.Plan(envelope);
            case "slash_commands":
                return commands.Plan(envelope);
            case "interactive":
                return interactions.Plan(envelope);
            default:
                logger.Ignored(envelope.Type ?? "unknown", "unsupported");
                return EnvelopePlan.AckOnly;
        }
    }
}
