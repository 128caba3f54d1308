using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Rendering;

namespace ResidencyAdvisor.Slack.Tests.Rendering;

public class GuidanceLimitsTests
{
    private static readonly ChatLabels Labels = TestContent.Content.Labels;

    public static TheoryData<string> Paths => new() { "dual-apply", "radiology-only", "dual-apply, no interest" };

    [Fact]
    public async Task A_dual_applicant_with_no_interest_named_gets_a_button_per_backup_to_prepare_for()
    {
        var (reply, _) = await ResultAsync("dual-apply, no interest");

        var buttons = ReplyRenderer.Render(reply, Labels).SelectMany(m => m.Blocks).OfType<ActionsBlock>().Single(a => a.BlockId == "pick-backup")
            .Elements.OfType<ButtonElement>().ToList();

        Assert.Equal(["Prepare me for internal medicine", "Prepare me for family medicine", "Prepare me for psychiatry", "Prepare me for neurology"],
            buttons.Select(b => b.Text.Text));
        Assert.All(buttons, b => Assert.Contains(":backup-interests:", b.ActionId, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_recommendation_and_every_section_stay_within_Slack_limits(string path)
    {
        var (reply, report) = await ResultAsync(path);

        var messages = ReplyRenderer.Render(reply, Labels).Concat(report.Sections.SelectMany(s =>
            ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(s, report)), Labels))).ToList();

        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Validate(m)));
    }

    [Fact]
    public async Task The_recommendation_offers_every_section_Start_over_Forget_and_the_seasons_buttons()
    {
        var (reply, _) = await ResultAsync("dual-apply");

        var labels = ReplyRenderer.Render(reply, Labels)[^1].Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>()
            .Select(b => b.Text.Text).ToList();

        Assert.Equal(["Interview answers", "Personal statements", "Letters of recommendation", "CV and experience descriptions",
            "A plan for every Match outcome", "Common questions", "Start over", "Forget my answers",
            "Send me my plan", "My checklist", "What's next", "Remind me"], labels);
    }

    [Fact]
    public async Task The_longest_guidance_section_keeps_every_word_and_splits_only_between_sentences()
    {
        var (reply, report) = await ResultAsync("dual-apply");
        var longest = report.Sections.MaxBy(s => s.Items.Sum(i => i.Text.Length))!;
        // Twelve copies of each item: well past one section block's 3,000 characters, so the splitting is exercised.
        var padded = longest with { Items = [.. longest.Items.Select(i => i with { Text = string.Join(" ", Enumerable.Repeat(i.Text.Replace("\n\n", " ", StringComparison.Ordinal), 12)) })] };

        var messages = ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(padded, report)), Labels);
        var sections = messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().ToList();

        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Validate(m)));
        Assert.True(sections.Count > padded.Items.Count, "long items are split into several sections");
        // A sentence may end inside a closing bracket: the SOAP item ends on a figure's "(Source: … .)".
        Assert.All(sections, s => Assert.Matches("[.?!:\u201d\"]\\)?$", s.Text!.Text.TrimEnd()));
        var shown = Words(string.Join(" ", sections.Select(s => s.Text!.Text)));
        Assert.All(padded.Items, i => Assert.Contains(Words(Mrkdwn.FromGuidance(i.Text)), shown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_section_too_big_for_one_message_is_split_with_its_buttons_on_the_last_message()
    {
        var (reply, report) = await ResultAsync("dual-apply");
        var items = Enumerable.Range(1, 70).Select(i => new GuidanceItem($"k{i}", $"Heading {i}", "A sentence of advice. Another one.")).ToArray();

        var messages = ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(new GuidanceSection("cv", "CV", items), report)), Labels);

        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Validate(m)));
        Assert.Contains(messages[^1].Blocks, b => b is ActionsBlock);
        Assert.DoesNotContain(messages[0].Blocks, b => b is ActionsBlock);
    }

    [Fact]
    public async Task The_interview_section_shows_the_answer_to_are_you_dual_applying()
    {
        var (reply, report) = await ResultAsync("dual-apply");

        var text = string.Join("\n", ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(report.Section("interview")!, report)), Labels)
            .SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text!.Text));

        Assert.Contains("*Are you dual applying?*", text, StringComparison.Ordinal);
        Assert.Contains("internal medicine", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    private static async Task<(Reply Reply, AdviceReport Report)> ResultAsync(string path)
    {
        var replies = await TestContent.WalkAsync(path switch
        {
            "dual-apply" => StudentAnswers.MidRangeDualApply.TypedAndConfirmed,
            "radiology-only" => StudentAnswers.RadiologyOnly.TypedAndConfirmed,
            _ => ["usmle", "240", "0", "3", "yes", "2", "no", "1", "anywhere", "yes", "yes", "yes", "none", "none", "0"],
        });
        var reply = replies[^1];
        var report = Assert.IsType<ResultView>(reply.View).Report;
        Assert.Equal(path.Split(',')[0], ResidencyAdvisor.Core.Advice.AdviceIds.Id(report.Recommendation.Path));
        return (reply, report);
    }

    private static string Words(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
