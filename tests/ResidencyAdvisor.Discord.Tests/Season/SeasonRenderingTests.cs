using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Tests.Season;

/// <summary>The checklist, what's next and the plan line within Discord's limits, however long the season's content grows.</summary>
public class SeasonRenderingTests
{
    [Fact]
    public void A_long_checklist_with_many_long_tasks_fits_and_its_menus_say_they_list_the_first_25()
    {
        var tasks = Enumerable.Range(1, 60).Select(i => new SeasonTask($"task-{i}", $"Task {i}: " + Words(700), "rol-deadline")).ToList();
        var checklist = new SeasonChecklist(tasks, tasks.Take(30).Select(t => t.Id).ToHashSet());
        var view = new ChecklistView(checklist, [.. checklist.Lines(TestContent.Content.Calendar, TimeZoneInfo.Utc)]);

        var messages = ReplyRenderer.Render(new Reply("abcd2345", int.MaxValue, [new Notice(NoticeKind.Help, Words(3000))], view), Labels).Messages;

        Assert.All(messages, m => Assert.Empty(DiscordLimits.Violations(m)));
        var rows = messages[^1].Components!;
        Assert.True(rows.Count <= DiscordLimits.ActionRows);
        var tick = Menu(messages[^1], Labels[ChatLabel.TickTask]);
        var untick = Menu(messages[^1], Labels[ChatLabel.UntickTask]);
        Assert.Equal([.. Enumerable.Range(31, 25).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))], tick.Options!.Select(o => o.Value));
        Assert.Equal(25, untick.Options!.Count);
        var text = string.Join("\n", messages.SelectMany(m => m.Embeds!).Select(e => e.Description));
        Assert.Contains(Labels[ChatLabel.TickMenuFull], text, StringComparison.Ordinal);
        Assert.Contains(Labels[ChatLabel.UntickMenuFull], text, StringComparison.Ordinal);
        Assert.StartsWith("Your checklist: 30 of 60 done", messages[0].Embeds![0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_task_shows_its_number_and_whether_it_is_done()
    {
        var tasks = new[] { new SeasonTask("a", "Write your radiology personal statement.", null), new SeasonTask("b", "Ask for letters.", null) };
        var checklist = new SeasonChecklist(tasks, new HashSet<string> { "b" });

        var message = ReplyRenderer.Render(new Reply("abcd2345", 4, [], new ChecklistView(checklist, [.. checklist.Lines(TestContent.Content.Calendar, TimeZoneInfo.Utc)])), Labels).First;

        Assert.Equal("⬜ **1.** Write your radiology personal statement.\n✅ **2.** Ask for letters.", message.Embeds![0].Description);
        Assert.Equal(["1"], Menu(message, Labels[ChatLabel.TickTask]).Options!.Select(o => o.Value));
        Assert.Equal(["2"], Menu(message, Labels[ChatLabel.UntickTask]).Options!.Select(o => o.Value));
    }

    [Fact]
    public void A_checklist_all_done_has_no_tick_menu_and_says_so()
    {
        var tasks = new[] { new SeasonTask("a", "Write your statement.", null) };
        var checklist = new SeasonChecklist(tasks, new HashSet<string> { "a" });

        var message = ReplyRenderer.Render(new Reply("abcd2345", 4, [], new ChecklistView(checklist, [.. checklist.Lines(TestContent.Content.Calendar, TimeZoneInfo.Utc)])), Labels).First;

        Assert.Contains(Labels[ChatLabel.AllDone], message.Embeds![0].Description, StringComparison.Ordinal);
        Assert.DoesNotContain(message.Components!.SelectMany(r => r.Components!), c => c.Placeholder == Labels[ChatLabel.TickTask]);
    }

    [Fact]
    public void Whats_next_names_each_milestone_with_its_official_page_and_the_open_tasks_due_before_it()
    {
        var calendar = TestContent.Content.Calendar;
        var task = new SeasonTask("t", "Certify your rank order list.", calendar.Milestones[0].Id);
        var coming = calendar.Milestones.Select((m, i) => new ComingMilestone(m, "not published yet", i == 0 ? [task] : [])).ToList();

        var message = ReplyRenderer.Render(new Reply("abcd2345", 4, [], new WhatsNextView(calendar.Cycle, coming, Stale: false)), Labels).First;
        var text = string.Join("\n", message.Embeds!.Select(e => e.Description));

        Assert.Empty(DiscordLimits.Violations(message));
        Assert.StartsWith("Coming up: " + calendar.Cycle, message.Embeds![0].Title, StringComparison.Ordinal);
        foreach (var milestone in calendar.Milestones)
        {
            Assert.Contains($"**{milestone.Title}**: not published yet ([official page]({milestone.Source.AbsoluteUri}))", text, StringComparison.Ordinal);
        }

        Assert.Contains("• still open: Certify your rank order list.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whats_next_with_many_milestones_and_long_tasks_fits()
    {
        var source = new Uri("https://www.nrmp.org/match-calendars/");
        var tasks = Enumerable.Range(1, 20).Select(i => new SeasonTask($"t{i}", Words(400), "m")).ToList();
        var coming = Enumerable.Range(1, 40).Select(i => new ComingMilestone(
            new Milestone($"m{i}", Words(250), null, source, new DateOnly(2026, 12, 7)), "not published yet", tasks)).ToList();

        var messages = ReplyRenderer.Render(new Reply("abcd2345", 4, [], new WhatsNextView("2027 Main Residency Match", coming, Stale: true)), Labels).Messages;

        Assert.All(messages, m => Assert.Empty(DiscordLimits.Violations(m)));
        Assert.NotEmpty(messages[^1].Components!);
    }

    [Fact]
    public void The_recommendation_offers_the_plan_the_checklist_and_reminders_without_losing_start_over_or_forget()
    {
        foreach (var student in StudentAnswers.All)
        {
            var report = new ResidencyAdvisor.Core.Guidance.AdviceComposer(TestContent.Content.Guidance).Compose(student.Profile());
            var labels = ResultRenderer.Buttons(report, Labels, "abcd2345", 12, openSection: null).SelectMany(r => r.Components!).Select(c => c.Label).ToList();

            Assert.Contains(Labels[ChatLabel.SendMyPlan], labels);
            Assert.Contains(Labels[ChatLabel.MyChecklist], labels);
            Assert.Contains(Labels[ChatLabel.RemindMe], labels);
            Assert.Contains("Start over", labels);
            Assert.Contains("Forget my answers", labels);
        }
    }

    private static ComponentPayload Menu(MessagePayload message, string placeholder) =>
        message.Components!.SelectMany(r => r.Components!).Single(c => c.Placeholder == placeholder);

    private static string Words(int length) => string.Concat(Enumerable.Repeat("Season words here. ", (length / 19) + 1))[..length];
}
