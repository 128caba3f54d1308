using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>Sends each envelope type to its planner, which decides the ack and the work.</summary>
internal sealed class EnvelopeRouter(MessageEventPlanner messages, SlashCommandPlanner commands, InteractionPlanner interactions,
    ILogger<EnvelopeRouter> logger)
{
    /// <summary>The plan, or ack-only when the payload cannot be read: a retry of something unreadable helps nobody.</summary>
    public EnvelopePlan TryPlan(SocketMessagePayload envelope)
    {
        try
        {
            return Plan(envelope);
        }
        catch (Exception ex)
        {
            logger.MalformedFrame($"a {envelope.Type} envelope whose payload could not be read: {ex.Message}");
            return EnvelopePlan.AckOnly;
        }
    }

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
