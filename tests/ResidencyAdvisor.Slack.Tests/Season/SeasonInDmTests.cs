using System.Text;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Season;

/// <summary>The season companion in a Slack DM: typed words after the recommendation, as a student uses them.</summary>
public class SeasonInDmTests : SlackTestBed
{
    [Fact]
    public async Task The_recommendation_tells_the_student_what_they_can_type_next()
    {
        var student = Student();
        await GreetAsync(student);
        foreach (var answer in StudentAnswers.MidRangeDualApply.TypedAndConfirmed)
        {
            await student.SendDmAsync(answer);
        }

        var messages = new List<FakeMessage> { await NextWithHeaderAsync(student, "Your recommendation") };
        while (!messages[^1].AllText().Contains("what's next", StringComparison.Ordinal) && messages.Count < 10)
        {
            messages.Add(await student.NextMessageAsync());
        }

        Assert.Contains("Or type *plan*, *checklist* or *what's next*.", messages[^1].AllText(), StringComparison.Ordinal);
    }

    private async Task<SlackStudent> FinishedAsync()
    {
        var student = Student();
        await GreetAsync(student);
        foreach (var answer in StudentAnswers.MidRangeDualApply.TypedAndConfirmed)
        {
            await student.SendDmAsync(answer);
        }

        await NextWithHeaderAsync(student, "Your recommendation");
        return student;
    }

    [Fact]
    public async Task Checklist_and_done_N_show_the_students_tasks_with_their_ticks()
    {
        var student = await FinishedAsync();

        await student.SendDmAsync("checklist");
        var checklist = await NextWithHeaderAsync(student, "Your checklist");
        await student.SendDmAsync("done 1");
        var ticked = await NextWithHeaderAsync(student, "Your checklist");

        Assert.StartsWith("Your checklist: 0 of ", checklist.Header, StringComparison.Ordinal);
        Assert.Contains("1. [ ] ", checklist.AllText(), StringComparison.Ordinal);
        Assert.StartsWith("Your checklist: 1 of ", ticked.Header, StringComparison.Ordinal);
        Assert.Contains("1. [x] ", ticked.AllText(), StringComparison.Ordinal);
        Assert.Contains("Ticked 1: ", ticked.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_is_uploaded_to_the_DM_as_the_markdown_advice_with_the_checklist()
    {
        var student = await FinishedAsync();

        await student.SendDmAsync("plan");
        await WaitForAsync(() => Slack.Uploads.Any(u => u.Shared));

        var upload = Assert.Single(Slack.Uploads);
        var report = new AdviceComposer(TestContent.Content.Guidance).Compose(StudentAnswers.MidRangeDualApply.Profile());
        var plan = Encoding.UTF8.GetString(upload.Bytes!);
        Assert.Equal(("residency-plan.md", student.Channel), (upload.Filename, upload.Channel));
        Assert.StartsWith(AdviceMarkdown.Write(report), plan, StringComparison.Ordinal);
        Assert.Contains("## Your checklist (0 of ", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workspace_without_files_write_is_told_to_reinstall_and_nothing_is_uploaded()
    {
        Slack.WithoutFilesWrite(FakeSlack.TeamId);
        var student = await FinishedAsync();

        await student.SendDmAsync("plan");
        var message = await student.NextMessageAsync();
        while (!message.AllText().Contains("reinstall", StringComparison.Ordinal))
        {
            message = await student.NextMessageAsync();
        }

        Assert.Contains("Ask a workspace admin to reinstall the app", message.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Uploads, u => u.Shared);
    }

    [Fact]
    public async Task Reminders_on_says_they_are_not_available_yet_instead_of_promising_them()
    {
        var student = await FinishedAsync();

        await student.SendDmAsync("reminders on");
        var message = await student.NextMessageAsync();

        Assert.Contains("I can't send reminders here yet", message.AllText(), StringComparison.Ordinal);
    }

    private static async Task<FakeMessage> NextWithHeaderAsync(SlackStudent student, string prefix)
    {
        var message = await student.NextMessageAsync();
        while (message.Header?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) != true)
        {
            message = await student.NextMessageAsync();
        }

        return message;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
