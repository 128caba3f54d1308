using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Tests.Rendering;

/// <summary>Content a non-programmer could write tomorrow: longer and more than today's, and still within limits.</summary>
public class WorstCaseRenderingTests
{
    [Theory]
    [InlineData(PromptKind.SingleChoice, 3)]
    [InlineData(PromptKind.SingleChoice, 5)]
    [InlineData(PromptKind.SingleChoice, 30)]
    [InlineData(PromptKind.MultiChoice, 30)]
    [InlineData(PromptKind.MultiChoice, 0)]
    [InlineData(PromptKind.Number, 9)]
    [InlineData(PromptKind.YesNo, 2)]
    public void A_question_with_long_text_and_many_labelled_choices_still_fits(PromptKind kind, int choices)
    {
        var prompt = new Prompt(Step.Geography, "geography", new string('T', 300), Words(5000), Words(500), 10, 14, kind,
            [.. Enumerable.Range(0, choices).Select(i => new Choice($"choice-{i}", $"{i} " + new string('L', 120), new string('D', 150)))],
            kind == PromptKind.Number ? new NumberRange(-2147483648, 2147483647) : null, Words(300), CanGoBack: true);
        var reply = new Reply("abcd2345", 999_999, [new Notice(NoticeKind.InvalidAnswer, Words(3000))], new QuestionView(prompt));

        var message = ReplyRenderer.Render(reply, Labels).First;

        Assert.Empty(DiscordLimits.Violations(message));
    }

    [Fact]
    public void The_more_than_five_choices_become_a_select_and_five_stay_buttons()
    {
        Assert.Contains(Render(PromptKind.SingleChoice, 6).Components![0].Components!, c => c.Type == ComponentTypes.StringSelect);
        Assert.All(Render(PromptKind.SingleChoice, 5).Components![0].Components!, c => Assert.Equal(ComponentTypes.Button, c.Type));
    }

    [Fact]
    public void A_multi_choice_question_is_a_select_plus_a_none_of_these_button()
    {
        var rows = Render(PromptKind.MultiChoice, 4).Components!;

        Assert.Equal(ComponentTypes.StringSelect, rows[0].Components![0].Type);
        Assert.Equal(4, rows[0].Components![0].MaxValues);
        Assert.Equal("None of these", rows[1].Components![0].Label);
    }

    [Fact]
    public void A_summary_of_many_long_answers_fits()
    {
        var lines = QuestionTable.Standard.Steps.Select(s => new SummaryLine(s, s.Id(), new string('T', 300), Words(2000))).ToList();

        var message = ReplyRenderer.Render(new Reply("abcd2345", 3, [], new SummaryView(lines)), Labels).First;

        Assert.Empty(DiscordLimits.Violations(message));
    }

    private static Payloads.MessagePayload Render(PromptKind kind, int choices)
    {
        var prompt = new Prompt(Step.Geography, "geography", "Title", "Text?", null, 1, 14, kind,
            [.. Enumerable.Range(0, choices).Select(i => new Choice("c" + i, "Choice " + i))], null, null, CanGoBack: false);
        return ReplyRenderer.Render(new Reply("abcd2345", 1, [], new QuestionView(prompt)), Labels).First;
    }

    private static string Words(int length) => string.Concat(Enumerable.Repeat("Residency words here. ", (length / 22) + 1))[..length];
}
