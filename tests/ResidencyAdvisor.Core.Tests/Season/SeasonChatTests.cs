using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Season;

/// <summary>The season companion through the real turn handler: what a student typing in a Slack DM or the console sees.</summary>
public class SeasonChatTests
{
    private readonly InMemoryReminderStore _reminders = new();
    private readonly TestChat _chat;

    public SeasonChatTests() => _chat = new TestChat(reminders: _reminders);


    [Fact]
    public async Task Plan_is_the_markdown_advice_with_the_checklist_and_the_answers()
    {
        await _chat.FinishAsync();
        var report = Assert.IsType<ResultView>(_chat.Last.View).Report;

        var plan = Assert.IsType<PlanView>((await _chat.TypeAsync("send me my plan")).View);

        Assert.Equal("residency-plan.md", plan.FileName);
        Assert.StartsWith(AdviceMarkdown.Write(report), plan.Markdown, StringComparison.Ordinal);
        Assert.Contains("## Your checklist (0 of", plan.Markdown, StringComparison.Ordinal);
        var answers = plan.Markdown[plan.Markdown.IndexOf("## Your answers", StringComparison.Ordinal)..];
        Assert.Contains(": 241\n", answers.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(": Internal medicine", answers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Done_N_ticks_a_task_that_stays_ticked_across_turns_and_undo_takes_it_back()
    {
        await _chat.FinishAsync();

        var ticked = await _chat.TypeAsync("done 2");
        var checklist = Assert.IsType<ChecklistView>(ticked.View);
        Assert.StartsWith("2. [x] ", checklist.Lines[1], StringComparison.Ordinal);
        Assert.Contains(ticked.Notices, n => n.Text.StartsWith("Ticked 2: ", StringComparison.Ordinal));

        var again = Assert.IsType<ChecklistView>((await _chat.TypeAsync("checklist")).View);
        Assert.Equal(1, again.Checklist.DoneCount);

        var undone = Assert.IsType<ChecklistView>((await _chat.TypeAsync("undo 2")).View);
        Assert.Equal(0, undone.Checklist.DoneCount);
    }

    [Fact]
    public async Task A_task_number_that_does_not_exist_is_refused_with_the_range()
    {
        await _chat.FinishAsync();
        var reply = await _chat.TypeAsync("done 99");
        Assert.Contains(reply.Notices, n => n.Kind == NoticeKind.InvalidAnswer && n.Text.Contains("tasks 1 to", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Season_commands_before_the_recommendation_say_not_yet_and_change_nothing()
    {
        await _chat.StartAsync();
        var reply = await _chat.TypeAsync("checklist");
        Assert.Contains(reply.Notices, n => n.Text.StartsWith("That isn't available yet", StringComparison.Ordinal));
        Assert.IsType<QuestionView>(reply.View);
    }

    [Fact]
    public async Task Reminders_on_subscribes_the_student_in_their_zone_and_stop_reminders_removes_it()
    {
        await _chat.FinishAsync();
        await _chat.TypeAsync("timezone America/Chicago");

        var on = await _chat.TypeAsync("reminders on");
        Assert.Equal(new RemindersView(true, "America/Chicago"), on.View);
        var subscription = await _reminders.GetAsync(_chat.Key, default);
        Assert.Equal(("America/Chicago", _chat.Time.GetUtcNow()), (subscription!.TimeZoneId, subscription.Since));

        await _chat.TypeAsync("stop reminders");
        Assert.Null(await _reminders.GetAsync(_chat.Key, default));
    }

    [Fact]
    public async Task Forget_erases_the_reminders_with_the_answers()
    {
        await _chat.FinishAsync();
        await _chat.TypeAsync("reminders on");

        await _chat.TypeAsync("forget me");

        Assert.Null(await _reminders.GetAsync(_chat.Key, default));
        Assert.Null(await _chat.Store.LoadAsync(_chat.Key, default));
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_with_examples()
    {
        await _chat.FinishAsync();
        var reply = await _chat.TypeAsync("timezone Mars/Olympus");
        Assert.Contains(reply.Notices, n => n.Kind == NoticeKind.InvalidAnswer && n.Text.Contains("America/Chicago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Whats_next_lists_the_unpublished_milestones_with_their_sources()
    {
        await _chat.FinishAsync();
        var next = Assert.IsType<WhatsNextView>((await _chat.TypeAsync("what's next")).View);
        Assert.False(next.Stale);
        Assert.All(next.Milestones, m => Assert.Equal("not published yet", m.When));
        Assert.Contains(next.Milestones, m => m.Milestone.Id == "rol-deadline" && m.OpenTasks.Any(t => t.Id == "rol.supplemental"));
    }
}
