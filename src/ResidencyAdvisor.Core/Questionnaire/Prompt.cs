namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A platform-neutral question, rendered by each adapter as buttons, selects, modals or text.</summary>
/// <param name="Step">The question's step.</param>
/// <param name="StepId">The stable kebab-case id of the step.</param>
/// <param name="Title">A short label for the question, for headers and the summary.</param>
/// <param name="Text">The question itself.</param>
/// <param name="Help">Optional one-line hint.</param>
/// <param name="Number">1-based number of this question, or of the question a follow-up belongs to.</param>
/// <param name="Total">How many numbered questions there are; the same all through the conversation.</param>
/// <param name="Kind">How to answer.</param>
/// <param name="Choices">Options; for <see cref="PromptKind.Number"/> the shortcuts such as "not taken yet".</param>
/// <param name="Range">The allowed range of a number answer.</param>
/// <param name="CurrentAnswer">The answer given before, shown when the student comes back to a question.</param>
/// <param name="CanGoBack">Whether Back is offered.</param>
public sealed record Prompt(
    Step Step,
    string StepId,
    string Title,
    string Text,
    string? Help,
    int Number,
    int Total,
    PromptKind Kind,
    IReadOnlyList<Choice> Choices,
    NumberRange? Range,
    string? CurrentAnswer,
    bool CanGoBack)
{
    /// <summary>
    /// For a count: the quick picks ("0", "1", "2", "3 or more"), offered as buttons before the form or typed number,
    /// which stay for the exact number. Empty otherwise. Each pick's id is what to send as the answer.
    /// </summary>
    public IReadOnlyList<Choice> Picks { get; init; } = [];

    /// <summary>
    /// For a choice question: every choice the question has, in its fixed order, including those an earlier answer
    /// took away (each saying why). A typed number counts in this list, so a text channel that numbers choices numbers
    /// this list to keep a choice's number from one question to the next. Buttons and selects use <see cref="Choices"/>.
    /// </summary>
    public IReadOnlyList<ListedChoice> Listed { get; init; } = [];

    /// <summary>0 for a numbered question; 1, 2… for a follow-up asked after question <see cref="Number"/> ("8a").</summary>
    public int FollowUp { get; init; }

    public string Progress => $"Question {new QuestionPosition(Number, Total, FollowUp).Label} of {Total}";
}
