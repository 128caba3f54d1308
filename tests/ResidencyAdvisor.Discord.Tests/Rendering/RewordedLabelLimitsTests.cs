using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Tests.Rendering;

/// <summary>
/// A non-programmer may lengthen any label in config/labels.json: Discord refuses a whole message over one label too
/// long, so each is cut to its limit and the student still gets the message, with the start of the new words.
/// </summary>
public class RewordedLabelLimitsTests
{
    private static readonly string Wordy = string.Join(' ', Enumerable.Repeat("please", 40));

    // Every label at once, far past every limit; each keeps its own words and placeholders after the padding.
    private static readonly Lazy<ChatLabels> Long = new(() => TestContent.Reworded([.. Enum.GetValues<ChatLabel>()
        .Select(label => ("labels.json", $"\"{TextTableFile.KeyOf(label)}\": \"", $"\"{TextTableFile.KeyOf(label)}\": \"{Wordy} "))]).Labels);

    [Theory]
    [MemberData(nameof(ConversationWalker.ProfileNames), MemberType = typeof(ConversationWalker))]
    public async Task Every_message_and_form_of_a_conversation_still_fits_Discords_limits(string profile)
    {
        var content = TestContent.Content;
        foreach (var reply in await ConversationWalker.WalkAsync(profile))
        {
            var messages = ReplyRenderer.Render(reply, Long.Value).Messages;
            Assert.All(messages, m => Assert.Empty(DiscordLimits.Violations(m)));
            if (reply.View is QuestionView { Prompt: { Kind: PromptKind.Number } prompt })
            {
                var opener = RenderedConversationTests.Ids(messages[0]).Select(Parse).Single(id => id.Action == ControlAction.OpenNumber);
                Assert.Empty(DiscordLimits.Violations(NumberModalRenderer.Render(content.Questions.TextFor(prompt.Step).Title, prompt, opener,
                    TestContent.Reworded(("labels.json", "\"numberRange\": \"", $"\"numberRange\": \"{Wordy} ")))));
            }
        }
    }

    [Fact]
    public void A_long_start_over_is_cut_to_80_characters_and_a_long_menu_placeholder_to_150()
    {
        var choices = Enumerable.Range(1, 7).Select(i => new Choice($"c{i}", $"Choice {i}")).ToList();
        var prompt = new Prompt(Step.Geography, "geography", "Title", "Text?", null, 2, 14, PromptKind.SingleChoice, choices, null, "Earlier",
            CanGoBack: true);

        var message = ReplyRenderer.Render(new Reply("abcd2345", 1, [], new QuestionView(prompt)), Long.Value).First;
        var components = message.Components!.SelectMany(r => r.Components!).ToList();

        Assert.Empty(DiscordLimits.Violations(message));
        var startOver = Assert.Single(components, c => c.CustomId == new CustomId(ControlAction.Restart, "abcd2345", 1).ToString());
        Assert.InRange(startOver.Label!.Length, DiscordLimits.ButtonLabel - 7, DiscordLimits.ButtonLabel);
        Assert.StartsWith("please please", startOver.Label, StringComparison.Ordinal);
        Assert.EndsWith("…", startOver.Label, StringComparison.Ordinal);
        var menu = Assert.Single(components, c => c.Type == ComponentTypes.StringSelect);
        Assert.InRange(menu.Placeholder!.Length, DiscordLimits.Placeholder - 7, DiscordLimits.Placeholder);
        Assert.StartsWith("please please", menu.Placeholder, StringComparison.Ordinal);
    }

    [Fact]
    public void The_season_views_paused_erased_a_reminder_and_the_advise_menu_fit_too()
    {
        var tasks = Enumerable.Range(1, 60).Select(i => new SeasonTask($"task-{i}", $"Task {i}", "rol-deadline")).ToList();
        var checklist = new SeasonChecklist(tasks, tasks.Take(30).Select(t => t.Id).ToHashSet());
        var calendar = TestContent.Content.Calendar;
        var coming = calendar.Milestones.Select(m => new ComingMilestone(m, "not published yet", [tasks[40]])).ToList();
        var views = new ReplyView[]
        {
            new ChecklistView(checklist, [.. checklist.Lines(calendar, TimeZoneInfo.Utc)]),
            new WhatsNextView(calendar.Cycle, coming, Stale: false),
            new WhatsNextView(calendar.Cycle, [], Stale: false),
            new PausedView(),
            new ErasedView(),
        };

        foreach (var view in views)
        {
            Assert.All(ReplyRenderer.Render(new Reply("abcd2345", 4, [], view), Long.Value).Messages, m => Assert.Empty(DiscordLimits.Violations(m)));
        }

        var reminder = ReminderRenderer.Render(new ReminderMessage("Coming up: Match Day.", [.. tasks.Select(t => t.Text)], "Still open:"), Long.Value, "dm");
        Assert.Empty(DiscordLimits.Violations(reminder));
        var advise = CommandRegistrar.Commands(Long.Value)[0];
        Assert.All(advise.Options![0].Choices!, c => Assert.InRange(c.Name.Length, 1, DiscordLimits.ChoiceName));
        Assert.StartsWith("please please", advise.Description, StringComparison.Ordinal);
        Assert.InRange(advise.Description.Length, 1, DiscordLimits.CommandDescription);
        Assert.InRange(advise.Options[0].Description.Length, 1, DiscordLimits.CommandDescription);
    }

    private static CustomId Parse(string text) => CustomId.TryParse(text, out var id) ? id : throw new InvalidOperationException(text);
}
