using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Rendering;

namespace ResidencyAdvisor.Slack.Tests.Rendering;

public class GuidanceLimitsTests
{
    public static TheoryData<string> Paths => new() { "dual-apply", "radiology-only" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_recommendation_and_every_section_stay_within_Slack_limits(string path)
    {
        var (reply, report) = await ResultAsync(path);

        var messages = ReplyRenderer.Render(reply).Concat(report.Sections.SelectMany(s =>
            ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(s, report))))).ToList();

        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Validate(m)));
    }

    [Fact]
    public async Task The_recommendation_offers_every_section_Start_over_and_Forget()
    {
        var (reply, _) = await ResultAsync("dual-apply");

        var labels = ReplyRenderer.Render(reply)[^1].Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>()
            .Select(b => b.Text.Text).ToList();

        Assert.Equal(["Interview answers", "Personal statements", "Letters of recommendation", "CV and experience descriptions",
            "A plan for every Match outcome", "Common questions", "Start over", "Forget my answers"], labels);
    }

    [Fact]
    public async Task The_longest_guidance_section_keeps_every_word_and_splits_only_between_sentences()
    {
        var (reply, report) = await ResultAsync("dual-apply");
        var longest = report.Sections.MaxBy(s => s.Items.Sum(i => i.Text.Length))!;
        // Twelve copies of each item: well past one section block's 3,000 characters, so the splitting is exercised.
        var padded = longest with { Items = [.. longest.Items.Select(i => i with { Text = string.Join(" ", Enumerable.Repeat(i.Text.Replace("\n\n", " ", StringComparison.Ordinal), 12)) })] };

        var messages = ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(padded, report)));
        var sections = messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().ToList();

        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Validate(m)));
        Assert.True(sections.Count > padded.Items.Count, "long items are split into several sections");
        Assert.All(sections, s => Assert.Matches("[.?!:\u201d\"]$", s.Text!.Text.TrimEnd()));
        var shown = Words(string.Join(" ", sections.Select(s => s.Text!.Text)));
        Assert.All(padded.Items, i => Assert.Contains(Words(Mrkdwn.FromGuidance(i.Text)), shown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_section_too_big_for_one_message_is_split_with_its_buttons_on_the_last_message()
    {
        var (reply, report) = await ResultAsync("dual-apply");
        var items = Enumerable.Range(1, 70).Select(i => new GuidanceItem($"k{i}", $"Heading {i}", "A sentence of advice. Another one.")).ToArray();

        var messages = ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(new GuidanceSection("cv", "CV", items), report)));

        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.Empty(BlockKitLimits.Validate(m)));
        Assert.Contains(messages[^1].Blocks, b => b is ActionsBlock);
        Assert.DoesNotContain(messages[0].Blocks, b => b is ActionsBlock);
    }

    [Fact]
    public async Task The_interview_section_shows_the_answer_to_are_you_dual_applying()
    {
        var (reply, report) = await ResultAsync("dual-apply");

        var text = string.Join("\n", ReplyRenderer.Render(new Reply(reply.SessionId, reply.Turn, [], new SectionView(report.Section("interview")!, report)))
            .SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text!.Text));

        Assert.Contains("*Are you dual applying?*", text, StringComparison.Ordinal);
        Assert.Contains("internal medicine", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    private static async Task<(Reply Reply, AdviceReport Report)> ResultAsync(string path)
    {
        var replies = await TestContent.WalkAsync(path == "dual-apply" ? TestContent.DualApply : TestContent.RadiologyOnly);
        var reply = replies[^1];
        var report = Assert.IsType<ResultView>(reply.View).Report;
        Assert.Equal(path, ResidencyAdvisor.Core.Advice.AdviceIds.Id(report.Recommendation.Path));
        return (reply, report);
    }

    private static string Words(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
