using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// An interaction read into our terms: whose conversation, and either a core input, a modal to open, reminders to stop, or a problem
/// to tell the student about.
/// </summary>
internal sealed record ParsedInteraction(ConversationKey Key, bool InGuild, bool FromMessage)
{
    public UserInput? Input { get; init; }

    public CustomId? ModalOpener { get; init; }

    /// <summary>A reminder's Stop button was clicked: the scope (server id, or "dm") whose reminders stop for this user.</summary>
    public string? StopRemindersScope { get; init; }

    /// <summary>The note to show instead of a turn (an unknown button or command).</summary>
    public StudentNotice? Problem { get; init; }
}
