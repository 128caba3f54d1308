using System.Diagnostics;
using System.Text;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Host.Tests.Season;

/// <summary>
/// Issue 20 end to end on Slack: the real program against the Slack fake, with a copy of config/ whose calendar has one
/// milestone a few minutes ahead and reminders a minute before it. The plan file arrives through the two-step upload, a
/// ticked task survives a SIGKILL and a restart, and after "reminders on" the reminder arrives in the DM once.
/// </summary>
public sealed class SlackSeasonEndToEndTests : IDisposable
{
    private const string Milestone = "Rank order list certification deadline (end-to-end test)";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private ConfigCopy? _content;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ra-season-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task The_plan_arrives_a_tick_survives_a_kill_and_the_reminder_asked_for_arrives_once()
    {
        // Ahead enough for the student to finish and turn reminders on before the reminder (a minute before it) is due.
        var milestone = DateTimeOffset.UtcNow.AddMinutes(2.5);
        _content = ConfigCopy.WithMilestone("rol-deadline", milestone, Milestone);
        await using var slack = await FakeSlack.StartAsync();
        var student = new SlackStudent(slack, "U0SEASONE2E");

        var first = Start(slack);
        try
        {
            await slack.WaitForSocketAsync(0, Timeout);
            await student.SendDmAsync("hi");
            var result = await StudentScript.RunToRecommendationAsync(student, await student.NextMessageAsync());

            await student.ClickAsync(result, "Send me my plan");
            var upload = await slack.WaitUntilAsync(() => slack.Uploads.FirstOrDefault(u => u.Shared), Timeout, "the plan to be shared");
            Assert.Equal(("residency-plan.md", student.Channel), (upload.Filename, upload.Channel));
            Assert.Contains("## Your checklist (0 of ", Encoding.UTF8.GetString(upload.Bytes!), StringComparison.Ordinal);
            Assert.Equal(["files.getUploadURLExternal", FakeSlack.UploadMethod, "files.completeUploadExternal"], slack.Calls
                .Where(c => c.Method.StartsWith("files.", StringComparison.Ordinal) || c.Method == FakeSlack.UploadMethod).Select(c => c.Method));

            await student.ClickAsync(result, "My checklist");
            var checklist = await NextWithHeaderAsync(student, "Your checklist");
            await student.SelectAsync(checklist, "Tick a task done", "2. ");
            await slack.WaitUntilAsync(() => checklist.Updates == 1 ? "" : null, Timeout, "the tick");
            Assert.Contains("2. [x] ", checklist.AllText(), StringComparison.Ordinal);
        }
        finally
        {
            // No graceful shutdown: the process dies as in a crash or an OOM kill.
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var second = Start(slack);
        try
        {
            await slack.WaitForSocketAsync(1, Timeout);
            await student.SendDmAsync("checklist");
            var after = await NextWithHeaderAsync(student, "Your checklist");
            Assert.StartsWith("Your checklist: 1 of ", after.Header, StringComparison.Ordinal);
            Assert.Contains("2. [x] ", after.AllText(), StringComparison.Ordinal);

            await student.SendDmAsync("reminders on");
            Assert.Contains("Reminders are on", (await student.NextMessageAsync()).AllText(), StringComparison.Ordinal);
            Assert.True(DateTimeOffset.UtcNow < milestone.AddMinutes(-1), "reminders were turned on after the reminder was due; the machine was too slow");

            var reminder = await student.NextMessageAsync(milestone - DateTimeOffset.UtcNow);
            Assert.Contains(Milestone, reminder.AllText(), StringComparison.Ordinal);
            Assert.Contains("Stop reminders", reminder.ButtonLabels());

            // Several checks later (every 5 s) it has still been sent once.
            await Task.Delay(TimeSpan.FromSeconds(20));
            // The checklists name the milestone too, and "Reminders are on" has the Stop button: a reminder has both.
            Assert.Single(slack.Messages(student.Channel), m => m.AllText().Contains(Milestone, StringComparison.Ordinal)
                && m.ButtonLabels().Contains("Stop reminders"));
            Assert.Equal(0, student.UnreadMessages);
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        _content?.Dispose();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_database)!, Path.GetFileName(_database) + "*"))
        {
            File.Delete(file);
        }
    }

    private Process Start(FakeSlack slack)
    {
        var process = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Slack__AppToken"] = FakeSlack.AppToken,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__ChannelMessageInterval"] = "00:00:00.010",
            ["Storage__SqlitePath"] = _database,
            ["Content__Directory"] = _content!.Path,
            ["Reminders__Offsets"] = "00:01:00",
            ["Reminders__CheckEvery"] = "00:00:05",
        });
        _ = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }

    private static async Task<FakeMessage> NextWithHeaderAsync(SlackStudent student, string prefix)
    {
        var message = await student.NextMessageAsync();
        while (message.Header?.StartsWith(prefix, StringComparison.Ordinal) != true)
        {
            message = await student.NextMessageAsync();
        }

        return message;
    }
}
