using System.Diagnostics;
using System.Globalization;
using System.Text;
using ResidencyAdvisor.Discord.Fakes;

namespace ResidencyAdvisor.Host.Tests.Season;

/// <summary>
/// The real program against the loopback Discord, with a copy of config/ whose calendar has a milestone a couple of
/// minutes ahead and reminders a minute before it: the plan file, a tick that outlives SIGKILL, and the reminder once.
/// </summary>
public sealed class DiscordSeasonEndToEndTests : IDisposable
{
    private const string GuildId = "700000000000000007";
    private const string UserId = "300000000000000020";
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ra-season-e2e-{Guid.NewGuid():N}");
    private ConfigCopy? _content;

    [Fact]
    public async Task The_plan_file_arrives_a_tick_survives_SIGKILL_and_the_reminder_reaches_the_DM_exactly_once()
    {
        // Far enough ahead for the conversation and a restart on a busy machine to end before the reminder is due.
        var milestone = DateTimeOffset.UtcNow.AddMinutes(2.5);
        var environment = Environment(milestone);
        await using var discord = await FakeDiscordServer.StartAsync();
        environment["Discord__Token"] = discord.Settings.Token;
        environment["Discord__ApiBaseUrl"] = discord.ApiBaseUrl;
        var logs = new StringBuilder();
        var student = new FakeDiscordUser(discord, UserId, GuildId);

        var first = Start(environment, logs);
        try
        {
            await Poll.UntilAsync(() => !discord.Commands.IsEmpty);
            await StudentScript.AnswerUntilSummaryAsync(student, await student.SlashAsync());
            await student.ClickAsync("See my recommendation");

            var plan = await student.ClickAsync("Send me my plan");
            var file = Assert.Single(plan.Exchange.Attachments);
            Assert.True(file.Ephemeral);
            Assert.Equal("residency-plan.md", file.File.FileName);
            Assert.Contains("## Your checklist (0 of", Encoding.UTF8.GetString(file.File.Content), StringComparison.Ordinal);

            await student.ClickAsync("My checklist");
            await student.PickAsync("Tick a task done", "2");
            Assert.Contains("✅ **2.**", student.Text(), StringComparison.Ordinal);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        discord.Gateway.ExpectReconnect();
        var second = Start(environment, logs);
        try
        {
            await discord.Gateway.WhenReadyAsync(TimeSpan.FromSeconds(60));
            await student.SlashAsync("checklist");
            Assert.Contains("✅ **2.**", student.Text(), StringComparison.Ordinal);
            Assert.Contains("Your checklist: 1 of", student.Text(), StringComparison.Ordinal);

            var on = await student.ClickAsync("Remind me");
            Assert.Contains("Reminders are on", on.Notice, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.UtcNow < milestone - TimeSpan.FromMinutes(1), "the conversation took longer than the test allows before the reminder");

            var deadline = milestone + TimeSpan.FromSeconds(30);
            while (discord.DmsTo(UserId).Count == 0 && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            // A few more passes of the scheduler: none may send it again.
            await Task.Delay(CheckEvery * 3);
            var reminder = Assert.Single(discord.DmsTo(UserId)).Message;
            Assert.Contains("Rank order list certification deadline", FakeDiscordUser.Describe(reminder), StringComparison.Ordinal);
            Assert.Equal($"ra:rs:{GuildId}:0", (string?)reminder["components"]![0]!["components"]![0]!["custom_id"]);
            Assert.Equal([UserId], discord.DmOpens.Distinct());
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        Assert.DoesNotContain(discord.Settings.Token, logs.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _content?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A copy of config/ with the rank order list deadline dated <paramref name="milestone"/>, and one database for both runs.</summary>
    private Dictionary<string, string> Environment(DateTimeOffset milestone)
    {
        _content = ConfigCopy.WithMilestone("rol-deadline", milestone);
        return new Dictionary<string, string>
        {
            ["Content__Directory"] = _content.Path,
            ["Storage__SqlitePath"] = Path.Combine(_folder, "advisor.db"),
            ["Reminders__Offsets"] = "00:01:00",
            ["Reminders__CheckEvery"] = CheckEvery.ToString("c", CultureInfo.InvariantCulture),
        };
    }

    private static Process Start(Dictionary<string, string> environment, StringBuilder logs)
    {
        var host = HostProcess.Start([], environment);
        host.ErrorDataReceived += (_, e) =>
        {
            lock (logs)
            {
                logs.AppendLine(e.Data);
            }
        };
        host.BeginErrorReadLine();
        _ = host.StandardOutput.ReadToEndAsync();
        return host;
    }
}
