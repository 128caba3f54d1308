using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>
/// One thing the student did. Clicks carry the <see cref="SessionId"/> and <see cref="Turn"/> of the message they were on,
/// so a click on an out-of-date message is recognised and changes nothing.
/// </summary>
public sealed record UserInput(
    InputKind Kind,
    IReadOnlyList<string> Values,
    Step? Step = null,
    string? SessionId = null,
    int? Turn = null,
    string? Section = null)
{
    public static UserInput Start() => new(InputKind.Start, []);

    public static UserInput Text(string text) => new(InputKind.Text, [text]);

    public static UserInput Answer(Step step, IReadOnlyList<string> values, string? sessionId = null, int? turn = null) =>
        new(InputKind.Answer, values, step, sessionId, turn);

    public static UserInput Command(InputKind kind, string? sessionId = null, int? turn = null) =>
        new(kind, [], null, sessionId, turn);

    public static UserInput Edit(Step step, string? sessionId = null, int? turn = null) =>
        new(InputKind.Edit, [], step, sessionId, turn);

    public static UserInput OpenSection(string section, string? sessionId = null, int? turn = null) =>
        new(InputKind.Section, [], null, sessionId, turn, section);

    /// <summary>
    /// The platform event this input came in, when the adapter wants a repeat of it refused: the turn's save records it
    /// (in the same write), or a turn that saves nothing records it alone; a repeat gets <see cref="Reply.Replayed"/>.
    /// </summary>
    public DeliveryRecord? Delivery { get; init; }

    /// <summary>True when the input came from a message that names its conversation and turn.</summary>
    public bool IsPinned => SessionId is not null && Turn is not null;
}
