namespace ResidencyAdvisor.Core.Conversations;

/// <summary>
/// An input once its typed words are read (<see cref="ConversationEngine.Read"/>): what the student asked for, and
/// whether they typed it, since a typed word resumes a paused conversation where a click would not.
/// </summary>
/// <param name="Kind">The command a typed word names, <see cref="InputKind.Text"/> for anything else typed, or the click's own kind.</param>
/// <param name="IsHelp">A typed "help": answered with the command words, and nothing changes.</param>
internal readonly record struct ReadInput(UserInput Input, InputKind Kind, bool IsHelp)
{
    public bool Typed => Input.Kind == InputKind.Text;

    public bool Forgets => Kind == InputKind.Forget;
}
