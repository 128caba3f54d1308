using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>
/// A reply as Discord messages: the first answers the interaction (new message or update in place), the rest go out
/// as follow-ups when long guidance does not fit one message. Buttons sit on the last message, under the text.
/// </summary>
internal sealed record RenderedReply(IReadOnlyList<MessagePayload> Messages)
{
    public MessagePayload First => Messages[0];

    public IEnumerable<MessagePayload> FollowUps => Messages.Skip(1);
}
