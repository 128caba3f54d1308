using System.Globalization;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>
/// One question as one message: header, question with progress, the answer controls (buttons for five or fewer choices,
/// else a static select; checkboxes plus a submit button for multi-choice; quick picks plus a modal button for counts;
/// a modal button for other numbers), then
/// Back / Restart / Forget my answers / Pause.
/// </summary>
internal static class QuestionRenderer
{
    public const int MaxButtons = 5;

    public static List<Block> Render(Prompt prompt, ChatLabels labels, string sessionId, int turn)
    {
        List<Block> blocks =
        [
            Blocks.Header(prompt.Title, "title"),
            .. Blocks.Sections(QuestionText(prompt), "question"),
        ];
        if (!string.IsNullOrWhiteSpace(prompt.Help))
        {
            blocks.Add(Blocks.Context(Mrkdwn.Escape(prompt.Help), "help"));
        }

        if (prompt.CurrentAnswer is { } current)
        {
            // The label is escaped before the answer goes in, so the answer's own bold survives.
            var earlier = Mrkdwn.Escape(labels[ChatLabel.EarlierAnswer]).Replace("{answer}", Mrkdwn.Bold(current), StringComparison.Ordinal);
            blocks.Add(Blocks.Context(earlier, "current"));
        }

        blocks.AddRange(Controls(prompt, labels, sessionId, turn));
        blocks.Add(new ActionsBlock(Navigation(prompt, labels, sessionId, turn).ToArray(), "nav"));
        return blocks;
    }

    /// <summary>The fallback text, also shown on the message once it has been answered.</summary>
    public static string Fallback(Prompt prompt) => $"{prompt.Progress}: {prompt.Text}";

    private static string QuestionText(Prompt prompt)
    {
        var text = $"*{prompt.Progress}*\n{Mrkdwn.Escape(prompt.Text)}";
        var described = prompt.Kind != PromptKind.Number ? prompt.Choices.Where(c => !string.IsNullOrEmpty(c.Description)).ToArray() : [];
        return described.Length == 0
            ? text
            : text + "\n" + string.Join("\n", described.Select(c => $"• {Mrkdwn.Bold(c.Label)}: {Mrkdwn.Escape(c.Description!)}"));
    }

    private static IEnumerable<Block> Controls(Prompt prompt, ChatLabels labels, string sessionId, int turn)
    {
        var step = prompt.StepId;
        switch (prompt.Kind)
        {
            case PromptKind.MultiChoice:
                var options = prompt.Choices.Take(BlockKitLimits.CheckboxOptions).Select(c => Blocks.Option(c.Label, c.Id, c.Description)).ToArray();
                yield return new ActionsBlock(
                [
                    new CheckboxesElement(ActionIds.Build(ControlAction.Pick, sessionId, turn, step), options),
                    Blocks.Button(labels[ChatLabel.Submit], ActionIds.Build(ControlAction.SubmitChoices, sessionId, turn, step), style: "primary"),
                ], ActionIds.AnswerBlock);
                yield return Blocks.Context(Mrkdwn.Escape(labels[ChatLabel.MultiChoiceHint]), "answer-hint");
                break;
            case PromptKind.Number when prompt.Picks.Count > 0:
                // A count: one click for the picks the rules need; the form and typing stay for the exact number.
                yield return new ActionsBlock(
                [
                    .. prompt.Picks.Select(c => Blocks.Button(c.Label, ActionIds.Build(ControlAction.Answer, sessionId, turn, step, c.Id), c.Id, "primary")),
                    Blocks.Button(labels[ChatLabel.ExactNumber], ActionIds.Build(ControlAction.OpenNumber, sessionId, turn, step)),
                ], ActionIds.AnswerBlock);
                yield return Blocks.Context(Mrkdwn.Escape(labels.Format(ChatLabel.TypeExactNumberHint, ("range", RangeText(prompt, labels)))), "answer-hint");
                break;
            case PromptKind.Number:
                yield return new ActionsBlock(
                [
                    Blocks.Button(labels[ChatLabel.EnterNumber], ActionIds.Build(ControlAction.OpenNumber, sessionId, turn, step), style: "primary"),
                    .. ChoiceButtons(prompt, sessionId, turn),
                ], ActionIds.AnswerBlock);
                yield return Blocks.Context(Mrkdwn.Escape(labels.Format(ChatLabel.TypeNumberHint, ("range", RangeText(prompt, labels)))), "answer-hint");
                break;
            case PromptKind.SingleChoice or PromptKind.YesNo when prompt.Choices.Count > MaxButtons:
                var select = new StaticSelectElement(Blocks.Placeholder(labels[ChatLabel.ChooseOne]), ActionIds.Build(ControlAction.Select, sessionId, turn, step),
                    prompt.Choices.Take(BlockKitLimits.SelectOptions).Select(c => Blocks.Option(c.Label, c.Id, c.Description)).ToArray());
                yield return new ActionsBlock([select], ActionIds.AnswerBlock);
                break;
            default:
                yield return new ActionsBlock(ChoiceButtons(prompt, sessionId, turn).ToArray(), ActionIds.AnswerBlock);
                break;
        }
    }

    private static string RangeText(Prompt prompt, ChatLabels labels) => prompt.Range is { } range
        ? labels.Format(ChatLabel.NumberRange, ("min", range.Min.ToString(CultureInfo.InvariantCulture)), ("max", range.Max.ToString(CultureInfo.InvariantCulture)))
        : labels[ChatLabel.AnyWholeNumber];

    private static IEnumerable<ButtonElement> ChoiceButtons(Prompt prompt, string sessionId, int turn) =>
        prompt.Choices.Take(MaxButtons).Select(c =>
            Blocks.Button(c.Label, ActionIds.Build(ControlAction.Answer, sessionId, turn, prompt.StepId, c.Id), c.Id));

    private static IEnumerable<ButtonElement> Navigation(Prompt prompt, ChatLabels labels, string sessionId, int turn)
    {
        if (prompt.CanGoBack)
        {
            yield return Blocks.Button(labels[ChatLabel.Back], ActionIds.Build(ControlAction.Back, sessionId, turn));
        }

        foreach (var button in Blocks.RestartAndForget(labels, ChatLabel.Restart, sessionId, turn))
        {
            yield return button;
        }

        yield return Blocks.Button(labels[ChatLabel.Pause], ActionIds.Build(ControlAction.Pause, sessionId, turn));
    }
}
