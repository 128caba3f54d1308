using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// A click read into our terms: where it happened and either a core input (with the outcome the answered message will
/// show), the number modal to open, a checkbox tick that waits for Submit, or a problem to tell the student about.
/// </summary>
internal sealed record ParsedInteraction(ClickContext Click, string ActionId)
{
    public ControlAction? Kind { get; init; }

    public UserInput? Input { get; init; }

    /// <summary>What the answered message says once its buttons are gone, e.g. "Your answer: Yes".</summary>
    public string Outcome { get; init; } = "";

    public NumberModalMetadata? NumberModal { get; init; }

    /// <summary>The note to show instead of a turn (an unknown button, an unreadable choice).</summary>
    public StudentNotice? Problem { get; init; }
}
