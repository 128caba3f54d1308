using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using static ResidencyAdvisor.Discord.Rendering.Components;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>
/// One question per message: the question in an embed, then its answer controls (buttons for five choices or fewer,
/// a select beyond that, a select plus "None of these" for several answers, quick picks and a modal button for counts,
/// a modal button for other numbers), then Back,
/// Start over, Pause and Forget my answers.
/// </summary>
internal static class QuestionRenderer
{
    public static (EmbedPayload Embed, List<ComponentPayload> Rows) Render(Prompt prompt, ChatLabels labels, string sessionId, int turn, bool invalidAnswer)
    {
        var step = prompt.StepId;
        var rows = prompt.Kind switch
        {
            PromptKind.MultiChoice => MultiChoice(prompt, labels, sessionId, turn),
            PromptKind.Number => Number(prompt, labels, sessionId, turn, invalidAnswer),
            _ => SingleChoice(prompt, labels, sessionId, turn),
        };
        rows.Add(Navigation(prompt.CanGoBack, labels, sessionId, turn));
        return (Embed(prompt, labels), rows);
    }

    private static EmbedPayload Embed(Prompt prompt, ChatLabels labels)
    {
        var text = prompt.Text;
        if (!string.IsNullOrWhiteSpace(prompt.Help))
        {
            text += $"\n\n*{prompt.Help}*";
        }

        if (!string.IsNullOrWhiteSpace(prompt.CurrentAnswer))
        {
            text += "\n\n" + labels.Format(ChatLabel.AnswerSoFar, ("answer", $"**{prompt.CurrentAnswer}**"));
        }

        return new EmbedPayload
        {
            Title = LabelFitter.Fit($"{prompt.Progress} · {prompt.Title}", DiscordLimits.EmbedTitle),
            Description = LabelFitter.Fit(text, DiscordLimits.EmbedDescription),
            Color = EmbedPacker.Color,
        };
    }

    private static List<ComponentPayload> SingleChoice(Prompt prompt, ChatLabels labels, string sessionId, int turn)
    {
        if (prompt.Choices.Count == 0)
        {
            return [];
        }

        if (prompt.Choices.Count <= DiscordLimits.ButtonsPerRow)
        {
            return [Row([.. prompt.Choices.Select(c => Button(c.Label, Answer(prompt, c.Id, sessionId, turn), ComponentTypes.Primary))])];
        }

        var options = prompt.Choices.Select(c => Option(c.Label, c.Id, c.Description));
        return [Row(Select(new CustomId(ControlAction.Select, sessionId, turn, prompt.StepId), labels[ChatLabel.ChooseOne], options, 1, 1))];
    }

    private static List<ComponentPayload> MultiChoice(Prompt prompt, ChatLabels labels, string sessionId, int turn)
    {
        // A select sends nothing until something is picked, so "none" needs its own button.
        var none = Row(Button(labels[ChatLabel.NoneOfThese], new CustomId(ControlAction.NoneOfThese, sessionId, turn, prompt.StepId)));
        if (prompt.Choices.Count == 0)
        {
            return [none]; // everything was ruled out by an earlier answer; a select needs at least one option
        }

        var options = prompt.Choices.Select(c => Option(c.Label, c.Id, c.Description));
        var select = Select(new CustomId(ControlAction.Select, sessionId, turn, prompt.StepId), labels[ChatLabel.ChooseAnyThatApply],
            options, 1, prompt.Choices.Count);
        return [Row(select), none];
    }

    /// <summary>
    /// A count's quick picks come first as buttons, with "Exact number" for the form; any other number is the form
    /// button first, then its shortcuts ("Not taken yet").
    /// </summary>
    private static List<ComponentPayload> Number(Prompt prompt, ChatLabels labels, string sessionId, int turn, bool invalidAnswer)
    {
        var open = CustomId.OpenNumber(sessionId, turn, prompt.StepId);
        var buttons = new List<ComponentPayload>();
        buttons.AddRange(prompt.Picks.Select(c => Button(c.Label, Answer(prompt, c.Id, sessionId, turn), ComponentTypes.Primary)));
        var formLabel = labels[invalidAnswer ? ChatLabel.EnterAgain : prompt.Picks.Count > 0 ? ChatLabel.ExactNumber : ChatLabel.EnterYourAnswer];
        buttons.Add(Button(formLabel, open, prompt.Picks.Count > 0 ? ComponentTypes.Secondary : ComponentTypes.Primary));
        buttons.AddRange(prompt.Choices.Select(c => Button(c.Label, Answer(prompt, c.Id, sessionId, turn))));
        return [.. Rows(buttons).Take(DiscordLimits.ActionRows - 1)];
    }

    private static ComponentPayload Navigation(bool canGoBack, ChatLabels labels, string sessionId, int turn)
    {
        var buttons = new List<ComponentPayload>();
        if (canGoBack)
        {
            buttons.Add(Button(labels[ChatLabel.Back], new CustomId(ControlAction.Back, sessionId, turn)));
        }

        buttons.Add(Button(labels[ChatLabel.StartOver], new CustomId(ControlAction.Restart, sessionId, turn)));
        buttons.Add(Button(labels[ChatLabel.Pause], new CustomId(ControlAction.Pause, sessionId, turn)));
        buttons.Add(Button(labels[ChatLabel.ForgetMyAnswers], new CustomId(ControlAction.Forget, sessionId, turn), ComponentTypes.Danger));
        return Row([.. buttons]);
    }

    private static CustomId Answer(Prompt prompt, string choiceId, string sessionId, int turn) =>
        new(ControlAction.Answer, sessionId, turn, prompt.StepId, choiceId);
}
