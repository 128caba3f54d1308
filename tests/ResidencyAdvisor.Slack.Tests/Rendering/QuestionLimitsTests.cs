using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Slack.Rendering;

namespace ResidencyAdvisor.Slack.Tests.Rendering;

public class QuestionLimitsTests
{
    private static readonly ChatLabels Shipped = TestContent.Content.Labels;

    [Fact]
    public async Task Every_rendered_question_and_the_summary_stay_within_Slack_limits()
    {
        var replies = await TestContent.WalkAsync(StudentAnswers.MidRangeDualApply.TypedAndConfirmed);
        var rendered = replies.Where(r => r.View is QuestionView or SummaryView).SelectMany(r => ReplyRenderer.Render(r, Shipped)).ToList();

        Assert.True(rendered.Count >= 15);
        Assert.All(rendered, m => Assert.Empty(BlockKitLimits.Validate(m)));
    }

    [Fact]
    public async Task Every_question_has_fallback_text_and_Back_Restart_Forget()
    {
        var questions = (await TestContent.WalkAsync(StudentAnswers.MidRangeDualApply.TypedAndConfirmed)).Select(r => r.View).OfType<QuestionView>().ToList();

        foreach (var question in questions)
        {
            var labels = Labels(QuestionRenderer.Render(question.Prompt, Shipped, "sess1234", 3));
            Assert.Contains("Restart", labels);
            Assert.Contains("Forget my answers", labels);
            Assert.Equal(question.Prompt.CanGoBack, labels.Contains("Back"));
            Assert.Contains(question.Prompt.Progress, QuestionRenderer.Fallback(question.Prompt));
        }
    }

    [Fact]
    public void Seven_choices_become_a_static_select_and_four_stay_buttons()
    {
        var many = Prompt(PromptKind.SingleChoice, Enumerable.Range(1, 7).Select(i => new Choice($"c{i}", $"Choice {i}")).ToArray());
        var few = Prompt(PromptKind.SingleChoice, Enumerable.Range(1, 4).Select(i => new Choice($"c{i}", $"Choice {i}")).ToArray());

        Assert.Contains(Elements(QuestionRenderer.Render(many, Shipped, "s", 1)), e => e is StaticSelectElement);
        Assert.Equal(4, Elements(QuestionRenderer.Render(few, Shipped, "s", 1)).OfType<ButtonElement>().Count(b => b.ActionId.StartsWith("ra:ans:", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_oversized_question_is_fitted_to_every_limit()
    {
        var longLabel = string.Join(' ', Enumerable.Repeat("radiology", 40));
        var choices = Enumerable.Range(1, 150).Select(i => new Choice($"choice-{i}", $"{i} {longLabel}", longLabel)).ToArray();
        var text = string.Join(' ', Enumerable.Repeat("This question is very long indeed.", 200));
        var prompt = Prompt(PromptKind.SingleChoice, choices) with { Title = longLabel, Text = text, Help = text };

        var message = ReplyRenderer.Render(new Reply("s", 1, [], new QuestionView(prompt)), Shipped).Single();

        Assert.Empty(BlockKitLimits.Validate(message));
        Assert.Equal(BlockKitLimits.SelectOptions, Elements(message.Blocks).OfType<StaticSelectElement>().Single().Options.Count);
    }

    [Fact]
    public void Multi_choice_uses_checkboxes_with_a_submit_button()
    {
        var prompt = Prompt(PromptKind.MultiChoice, [new Choice("a", "A"), new Choice("b", "B")]);

        var elements = Elements(QuestionRenderer.Render(prompt, Shipped, "s", 2));

        Assert.Contains(elements, e => e is CheckboxesElement { Options.Count: 2 });
        Assert.Contains(elements, e => e is ButtonElement { Text.Text: "Submit" });
    }

    [Fact]
    public void The_number_modal_fits_its_limits_and_carries_session_turn_and_step()
    {
        var prompt = new Prompt(Step.Step2Score, "step2-score", "Exam score", new string('x', 5000), null, 2, 14, PromptKind.Number, [],
            new NumberRange(1, 300), null, true);
        var modal = NumberModalRenderer.Render(prompt, new NumberModalMetadata("sess", 4, "step2-score", "D1", "1.2"), TestContent.Content);

        Assert.Empty(BlockKitLimits.Validate(modal));
        Assert.Equal("sess:4:step2-score:D1:1.2", modal.PrivateMetadata);
        Assert.True(ActionIds.TryParseMetadata(modal.PrivateMetadata, out var meta));
        Assert.Equal(("sess", 4, "step2-score"), (meta.SessionId, meta.Turn, meta.StepId));
        Assert.Contains(modal.Blocks, b => b is InputBlock { Label.Text: "A whole number from 1 to 300" });
    }

    [Fact]
    public void Labels_reworded_far_past_Slacks_limits_are_cut_to_fit_rather_than_refused()
    {
        var wordy = string.Join(' ', Enumerable.Repeat("please", 40));
        var content = TestContent.Reworded([.. new[] { "chooseOne", "restart", "numberFormTitle", "numberFormSave", "numberFormCancel" }
            .Select(key => ("labels.json", $"\"{key}\": \"", $"\"{key}\": \"{wordy} "))]);
        var select = Prompt(PromptKind.SingleChoice, [.. Enumerable.Range(1, 7).Select(i => new Choice($"c{i}", $"Choice {i}"))]);
        var number = Prompt(PromptKind.Number, []) with { Range = new NumberRange(1, 300) };

        var message = ReplyRenderer.Render(new Reply("s", 1, [], new QuestionView(select)), content.Labels).Single();
        var modal = NumberModalRenderer.Render(number, new NumberModalMetadata("sess", 4, "step2-score", "D1", "1.2"), content);

        Assert.Empty(BlockKitLimits.Validate(message));
        Assert.Empty(BlockKitLimits.Validate(modal));
        Assert.StartsWith("please please", Elements(message.Blocks).OfType<StaticSelectElement>().Single().Placeholder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_shows_its_quick_picks_then_the_exact_number_button_with_no_range_in_any_id_or_value()
    {
        var prompt = Prompt(PromptKind.Number, []) with
        {
            Range = new NumberRange(0, 10),
            Picks = [new Choice("0", "0"), new Choice("1", "1"), new Choice("2", "2"), new Choice("or-more", "3 or more")],
        };

        var blocks = QuestionRenderer.Render(prompt, Shipped, "s", 2);

        Assert.Equal(["0", "1", "2", "3 or more", "Exact number"], Labels(blocks).Take(5));
        var exact = Elements(blocks).OfType<ButtonElement>().Single(b => b.Text.Text == "Exact number");
        Assert.Equal("ra:num:s:2:geography", exact.ActionId);
        Assert.Null(exact.Value);
    }

    internal static Prompt Prompt(PromptKind kind, IReadOnlyList<Choice> choices) =>
        new(Step.Geography, "geography", "Geography", "Where?", null, 3, 14, kind, choices, null, null, true);

    private static List<string> Labels(IEnumerable<Block> blocks) => [.. Elements(blocks).OfType<ButtonElement>().Select(b => b.Text.Text)];

    private static List<BlockElement> Elements(IEnumerable<Block> blocks) =>
    [
        .. blocks.SelectMany(b => b switch
        {
            ActionsBlock a => a.Elements,
            SectionBlock { Accessory: { } x } => [x],
            _ => Array.Empty<BlockElement>(),
        }),
    ];
}
