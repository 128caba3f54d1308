using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Season;

/// <summary>A day the student sets for a task: shown on the checklist, saved, and reminded at 9:00 in their zone.</summary>
public class TaskDateTests
{
    private readonly InMemoryReminderStore _reminders = new();
    private readonly TestChat _chat;

    public TaskDateTests() => _chat = new TestChat(reminders: _reminders);


    [Fact]
    public async Task Date_N_shows_the_day_on_the_checklist_and_it_is_still_there_on_the_next_visit()
    {
        await _chat.FinishAsync();

        var reply = await _chat.TypeAsync("date 3 2027-01-15");

        var checklist = Assert.IsType<ChecklistView>(reply.View);
        Assert.EndsWith("(your day: Friday, January 15, 2027)", checklist.Lines[2], StringComparison.Ordinal);
        Assert.Contains(reply.Notices, n => n.Text.StartsWith("Task 3 is now due Friday, January 15, 2027: ", StringComparison.Ordinal));
        var saved = await _chat.Store.LoadAsync(_chat.Key, default);
        Assert.Equal(new DateOnly(2027, 1, 15), saved!.TaskDates[checklist.Checklist.Tasks[2].Id]);
        Assert.EndsWith("(your day: Friday, January 15, 2027)", Assert.IsType<ChecklistView>((await _chat.TypeAsync("checklist")).View).Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_N_none_removes_the_day()
    {
        await _chat.FinishAsync();
        await _chat.TypeAsync("remind 2 on 2027-02-01");

        var checklist = Assert.IsType<ChecklistView>((await _chat.TypeAsync("date 2 none")).View);

        Assert.DoesNotContain("your day", checklist.Lines[1], StringComparison.Ordinal);
        Assert.Empty((await _chat.Store.LoadAsync(_chat.Key, default))!.TaskDates);
    }

    [Theory]
    [InlineData("date 3 tomorrow")]
    [InlineData("date 3 2027-13-01")]
    [InlineData("date 3")]
    [InlineData("date three 2027-01-15")]
    public async Task A_day_that_cannot_be_read_is_refused_and_nothing_is_saved(string typed)
    {
        await _chat.FinishAsync();

        var reply = await _chat.TypeAsync(typed);

        Assert.Contains(reply.Notices, n => n.Kind == NoticeKind.InvalidAnswer);
        Assert.Empty((await _chat.Store.LoadAsync(_chat.Key, default))!.TaskDates);
    }

    [Fact]
    public async Task A_task_day_is_reminded_at_nine_in_the_morning_of_the_zone_the_student_chose()
    {
        await _chat.FinishAsync();
        await _chat.TypeAsync("timezone America/Los_Angeles");
        await _chat.TypeAsync("reminders on");
        var checklist = Assert.IsType<ChecklistView>((await _chat.TypeAsync("date 4 2027-01-15")).View).Checklist;

        var subscription = await _reminders.GetAsync(_chat.Key, default);

        // 9:00 in Los Angeles in January is 17:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 17, 0, 0, TimeSpan.Zero), subscription!.TaskDates[checklist.Tasks[3].Id]);
        await _chat.TypeAsync("timezone America/New_York");
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 14, 0, 0, TimeSpan.Zero), (await _reminders.GetAsync(_chat.Key, default))!.TaskDates[checklist.Tasks[3].Id]);
    }

    [Fact]
    public async Task Days_set_before_turning_reminders_on_are_reminded_too()
    {
        await _chat.FinishAsync();
        var checklist = Assert.IsType<ChecklistView>((await _chat.TypeAsync("date 1 2027-01-10")).View).Checklist;

        await _chat.TypeAsync("reminders on");

        Assert.Equal(new DateTimeOffset(2027, 1, 10, 14, 0, 0, TimeSpan.Zero), (await _reminders.GetAsync(_chat.Key, default))!.TaskDates[checklist.Tasks[0].Id]);
    }

    [Fact]
    public void Task_days_are_saved_with_the_conversation_and_read_back()
    {
        var state = ConversationState.Start(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), "s1");
        state.TaskDates["letters.radiology"] = new DateOnly(2027, 1, 15);

        var bytes = ConversationStateSerializer.Serialize(state);

        Assert.Contains("\"dates\":{\"letters.radiology\":\"2027-01-15\"}", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 15), ConversationStateSerializer.Deserialize(bytes, 3).TaskDates["letters.radiology"]);
    }
}

public class StopRemindersAnywhereTests
{
    [Fact]
    public async Task Stop_reminders_typed_after_starting_over_still_stops_them()
    {
        var reminders = new InMemoryReminderStore();
        var chat = new TestChat(reminders: reminders);
        await chat.FinishAsync();
        await chat.TypeAsync("reminders on");
        Assert.NotNull(await reminders.GetAsync(chat.Key, default));
        await chat.TypeAsync("restart");

        var reply = await chat.TypeAsync("stop reminders");

        Assert.Null(await reminders.GetAsync(chat.Key, default));
        Assert.Contains(reply.Notices, n => n.Text.StartsWith("Reminders are off", StringComparison.Ordinal));
    }
}
