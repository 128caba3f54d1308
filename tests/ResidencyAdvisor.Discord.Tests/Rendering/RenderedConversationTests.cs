using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Tests.Rendering;

public class RenderedConversationTests
{
    [Theory]
    [MemberData(nameof(ConversationWalker.ProfileNames), MemberType = typeof(ConversationWalker))]
    public async Task Every_question_summary_recommendation_and_section_fits_Discords_limits(string profile)
    {
        var replies = await ConversationWalker.WalkAsync(profile);

        foreach (var reply in replies)
        {
            foreach (var message in ReplyRenderer.Render(reply, Labels).Messages)
            {
                Assert.Empty(DiscordLimits.Violations(message));
            }
        }

        Assert.Contains(replies, r => r.View is SectionView);
        Assert.Contains(replies, r => r.Has(NoticeKind.InvalidAnswer));
    }

    [Theory]
    [MemberData(nameof(ConversationWalker.ProfileNames), MemberType = typeof(ConversationWalker))]
    public async Task Every_number_question_opens_a_modal_that_fits_Discords_limits(string profile)
    {
        var numberQuestions = (await ConversationWalker.WalkAsync(profile)).Where(r => r.View is QuestionView { Prompt.Kind: PromptKind.Number }).ToList();

        Assert.NotEmpty(numberQuestions);
        foreach (var reply in numberQuestions)
        {
            var prompt = ((QuestionView)reply.View!).Prompt;
            var opener = Ids(ReplyRenderer.Render(reply, Labels).First).Select(Parse).Single(id => id.Action == ControlAction.OpenNumber);
            var modal = NumberModalRenderer.Render(TestContent.Content.Questions.TextFor(prompt.Step).Title, prompt, opener, TestContent.Content);
            Assert.Empty(DiscordLimits.Violations(modal));
            Assert.Equal(ComponentTypes.Label, modal.Components[0].Type);
            Assert.Contains($"{prompt.Range!.Min} to {prompt.Range.Max}", modal.Components[0].Label, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ConversationWalker.ProfileNames), MemberType = typeof(ConversationWalker))]
    public async Task Every_question_shows_progress_and_offers_back_start_over_and_forget(string profile)
    {
        foreach (var reply in (await ConversationWalker.WalkAsync(profile)).Where(r => r.View is QuestionView))
        {
            var prompt = ((QuestionView)reply.View!).Prompt;
            var message = ReplyRenderer.Render(reply, Labels).First;
            var labels = message.Components!.SelectMany(r => r.Components!).Select(c => c.Label).ToList();
            Assert.StartsWith(prompt.Progress, message.Embeds![0].Title, StringComparison.Ordinal);
            Assert.Contains("Start over", labels);
            Assert.Contains("Forget my answers", labels);
            Assert.Equal(prompt.CanGoBack, labels.Contains("Back"));
        }
    }

    [Theory]
    [MemberData(nameof(ConversationWalker.ProfileNames), MemberType = typeof(ConversationWalker))]
    public async Task Every_button_carries_the_session_and_turn_of_its_reply(string profile)
    {
        foreach (var reply in await ConversationWalker.WalkAsync(profile))
        {
            foreach (var id in ReplyRenderer.Render(reply, Labels).Messages.SelectMany(Ids).Select(Parse).Where(id => id.Action != ControlAction.Start))
            {
                Assert.Equal(reply.SessionId, id.SessionId);
                Assert.Equal(reply.Turn, id.Turn);
            }
        }
    }

    [Fact]
    public async Task The_recommendation_offers_every_guidance_section_start_over_and_forget()
    {
        var result = (await ConversationWalker.WalkAsync(StudentAnswers.MidRangeDualApply.Name)).First(r => r.View is ResultView);

        var labels = ReplyRenderer.Render(result, Labels).Messages[^1].Components!.SelectMany(r => r.Components!).Select(c => c.Label!).ToList();

        Assert.Contains(labels, l => l.Contains("Are you dual applying?", StringComparison.Ordinal));
        foreach (var section in ((ResultView)result.View!).Report.Sections)
        {
            Assert.Contains(labels, l => l.StartsWith(section.Title, StringComparison.Ordinal));
        }

        Assert.Contains("Start over", labels);
        Assert.Contains("Forget my answers", labels);
    }

    internal static IEnumerable<string> Ids(MessagePayload message) =>
        (message.Components ?? []).SelectMany(r => r.Components ?? []).Select(c => c.CustomId!);

    private static CustomId Parse(string text) => CustomId.TryParse(text, out var id) ? id : throw new InvalidOperationException(text);
}
