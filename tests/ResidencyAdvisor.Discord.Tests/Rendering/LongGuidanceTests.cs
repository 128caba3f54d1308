using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Tests.Rendering;

public class LongGuidanceTests
{
    [Fact]
    public async Task The_longest_real_guidance_section_fits_and_loses_no_sentence()
    {
        var sections = new List<SectionView>();
        foreach (var profile in StudentAnswers.All.Select(s => s.Name))
        {
            sections.AddRange((await ConversationWalker.WalkAsync(profile)).Select(r => r.View).OfType<SectionView>());
        }

        var longest = sections.MaxBy(s => s.Section.Items.Sum(i => i.Text.Length))!;
        var rendered = ReplyRenderer.Render(new Reply("abcd2345", 20, [], longest), Labels);

        Assert.All(rendered.Messages, m => Assert.Empty(DiscordLimits.Violations(m)));
        AssertWholeSentences(longest.Section, rendered);
    }

    [Fact]
    public async Task A_section_far_beyond_one_message_is_split_into_follow_ups_at_sentence_breaks()
    {
        var real = (await ConversationWalker.WalkAsync(StudentAnswers.MidRangeDualApply.Name)).Select(r => r.View).OfType<SectionView>().First();
        var sentence = "Programs read every line of a letter, so ask writers who know your clinical work well. ";
        var paragraph = string.Concat(Enumerable.Repeat(sentence, 12)).Trim();
        var huge = new GuidanceSection("letters", "Letters of recommendation",
            [.. Enumerable.Range(1, 8).Select(i => new GuidanceItem("item" + i, $"Part {i}", string.Join("\n\n", Enumerable.Repeat(paragraph, 9))))]);

        var rendered = ReplyRenderer.Render(new Reply("abcd2345", 20, [new Notice(NoticeKind.Resumed, "Welcome back!")], new SectionView(huge, real.Report)), Labels);

        Assert.True(rendered.Messages.Count > 1);
        Assert.All(rendered.Messages, m => Assert.Empty(DiscordLimits.Violations(m)));
        Assert.Equal("Welcome back!", rendered.First.Content);
        Assert.All(rendered.Messages.SkipLast(1), m => Assert.Empty(m.Components!));
        Assert.NotEmpty(rendered.Messages[^1].Components!);
        Assert.All(rendered.Messages.SelectMany(m => m.Embeds!).Where(e => e.Description is not null),
            e => Assert.EndsWith("well.", e.Description, StringComparison.Ordinal));
        AssertWholeSentences(huge, rendered);
    }

    /// <summary>Every sentence of every item appears whole in some embed.</summary>
    private static void AssertWholeSentences(GuidanceSection section, RenderedReply rendered)
    {
        var descriptions = string.Join("\n\n", rendered.Messages.SelectMany(m => m.Embeds!).Select(e => e.Description));
        foreach (var sentence in section.Items.SelectMany(i => i.Text.Split(["\n\n", ". "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            Assert.Contains(sentence, descriptions, StringComparison.Ordinal);
        }
    }
}
