using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Tests.Season;

/// <summary>The season's buttons and selects, clicked as a student clicks them, on each of Slack's transports.</summary>
public abstract class SeasonControlsTests : SeasonControlsTestBed
{
    protected override Task StartAsync() => StartAdapterWithRemindersAsync();

    private SlackAdapterHarness _adapter = null!;

    private async Task StartAdapterWithRemindersAsync() => _adapter = await StartInstanceAsync();

    public override async Task DisposeAsync()
    {
        await _adapter.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task The_recommendation_ends_with_plan_checklist_and_reminder_buttons_and_a_short_hint()
    {
        var last = await FinishAsync(Student());

        Assert.Contains(Labels[ChatLabel.SendMyPlan], last.ButtonLabels());
        Assert.Contains(Labels[ChatLabel.MyChecklist], last.ButtonLabels());
        Assert.Contains(Labels[ChatLabel.RemindMe], last.ButtonLabels());
        Assert.Contains("Or type *plan*, *checklist* or *what's next*.", last.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_me_my_plan_uploads_the_plan_document_in_two_steps_with_its_exact_bytes()
    {
        var student = Student();
        var last = await FinishAsync(student);

        await student.ClickAsync(last, Labels[ChatLabel.SendMyPlan]);
        await WaitForAsync(() => Slack.Uploads.Any(u => u.Shared), "the plan to be shared");

        var state = await _adapter.Store.LoadAsync(KeyOf(student), default);
        var expected = (PlanView)TestContent.Engine().Apply(state!, UserInput.Command(InputKind.Plan)).Reply.View!;
        var upload = Assert.Single(Slack.Uploads);
        Assert.Equal(Encoding.UTF8.GetBytes(expected.Markdown), upload.Bytes);
        Assert.Equal((PlanDocument.FileName, student.Channel), (upload.Filename, upload.Channel));
        Assert.Equal(["files.getUploadURLExternal", FakeSlack.UploadMethod, "files.completeUploadExternal"],
            Slack.Calls.Where(c => c.Method.StartsWith("files.", StringComparison.Ordinal) || c.Method == FakeSlack.UploadMethod).Select(c => c.Method));
        Assert.True(last.HasControls, "the recommendation keeps its buttons");
    }

    [Fact]
    public async Task The_plan_click_is_acknowledged_at_once_while_a_slowed_upload_is_still_under_way()
    {
        var student = Student();
        var last = await FinishAsync(student);
        Slack.RateLimitNext("files.getUploadURLExternal", TimeSpan.FromSeconds(2));

        var click = await student.ClickAsync(last, Labels[ChatLabel.SendMyPlan]);
        await click.Acked.WaitAsync(Wait);

        Assert.DoesNotContain(Slack.Uploads, u => u.Shared);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(click.SentAt, click.AckedAt) < TimeSpan.FromSeconds(1));
        await WaitForAsync(() => Slack.Uploads.Any(u => u.Shared), "the plan to be shared after the wait");
        Assert.Equal(1, click.AckCount);
    }

    [Fact]
    public async Task Ticking_a_task_from_the_checklist_redraws_that_checklist_and_a_tick_can_be_taken_back()
    {
        var student = Student();
        await student.ClickAsync(await FinishAsync(student), Labels[ChatLabel.MyChecklist]);
        var checklist = await NextWithHeaderAsync(student, "Your checklist");

        await student.SelectAsync(checklist, Labels[ChatLabel.TickTask], "2. ");
        await WaitForAsync(() => checklist.Updates == 1, "the checklist to be redrawn");

        Assert.StartsWith("Your checklist: 1 of ", checklist.Header, StringComparison.Ordinal);
        Assert.Contains("2. [x] ", checklist.AllText(), StringComparison.Ordinal);
        Assert.Contains("Ticked 2: ", checklist.AllText(), StringComparison.Ordinal);
        Assert.Contains("*done 3*", checklist.AllText(), StringComparison.Ordinal);
        Assert.Equal(0, student.UnreadMessages);

        await student.SelectAsync(checklist, Labels[ChatLabel.UntickTask], "2. ");
        await WaitForAsync(() => checklist.Updates == 2, "the checklist to be redrawn again");

        Assert.StartsWith("Your checklist: 0 of ", checklist.Header, StringComparison.Ordinal);
        Assert.Contains("2. [ ] ", checklist.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_me_subscribes_and_the_reminders_Stop_button_unsubscribes_with_a_confirmation()
    {
        var student = Student();
        await student.ClickAsync(await FinishAsync(student), Labels[ChatLabel.RemindMe]);
        var on = await NextWithButtonAsync(student, Labels[ChatLabel.StopReminders]);
        Assert.Contains("Reminders are on", on.AllText(), StringComparison.Ordinal);
        Assert.NotNull(await Reminders.GetAsync(KeyOf(student), default));

        var sender = Assert.Single(_adapter.Services.GetServices<IReminderSender>(), s => s.Platform == "slack");
        var delivery = await sender.SendAsync(KeyOf(student), new ReminderMessage("Rank order list certification deadline in 7 days.",
            ["Write your radiology personal statement."], "Still open on your checklist:"), default);
        var reminder = await NextWithButtonAsync(student, Labels[ChatLabel.StopReminders]);
        await student.ClickAsync(reminder, Labels[ChatLabel.StopReminders]);
        var confirmation = await student.NextMessageAsync();

        Assert.Equal(ReminderDelivery.Sent, delivery);
        Assert.Contains("Reminders are off", confirmation.AllText(), StringComparison.Ordinal);
        Assert.Null(await Reminders.GetAsync(KeyOf(student), default));
        Assert.False(reminder.HasControls);
        Assert.Contains(TestContent.Content.Notices[StudentNotice.RemindersStopped], reminder.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_reminders_stops_them_even_after_the_student_started_over()
    {
        var student = Student();
        await student.ClickAsync(await FinishAsync(student), Labels[ChatLabel.RemindMe]);
        await NextWithButtonAsync(student, Labels[ChatLabel.StopReminders]);
        await student.SendDmAsync("restart");
        await student.NextMessageAsync();
        await _adapter.Services.GetServices<IReminderSender>().Single().SendAsync(KeyOf(student),
            new ReminderMessage("Match Week starts in 1 day.", [], ""), default);
        var reminder = await NextWithButtonAsync(student, Labels[ChatLabel.StopReminders]);

        await student.ClickAsync(reminder, Labels[ChatLabel.StopReminders]);
        var confirmation = await student.NextMessageAsync();

        Assert.Contains("Reminders are off", confirmation.AllText(), StringComparison.Ordinal);
        Assert.Null(await Reminders.GetAsync(KeyOf(student), default));
    }
}

public sealed class SeasonControlsOverSocketModeTests : SeasonControlsTests;

public sealed class SeasonControlsOverHttpTests : SeasonControlsTests
{
    protected override bool OverHttp => true;
}
