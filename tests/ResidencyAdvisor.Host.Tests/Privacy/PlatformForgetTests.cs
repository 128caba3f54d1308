using System.Diagnostics;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Storage.Sqlite;

namespace ResidencyAdvisor.Host.Tests.Privacy;

/// <summary>
/// Issue 11, finding 3, through the built program with the fake platforms: forget reaches every conversation of the
/// person on the platform and the bot's own messages that showed their answers, and a second forget saves nothing.
/// </summary>
public sealed class PlatformForgetTests : IDisposable
{
    private const string StudentId = "300000000000000033";
    private const string FirstServer = "700000000000000071";
    private const string SecondServer = "700000000000000072";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ra-forget-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_discord_forget_in_one_server_erases_and_blanks_the_other_server_and_the_DM_and_a_second_forget_saves_nothing()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        using var host = StartHost(new Dictionary<string, string>
        {
            ["Discord__Token"] = discord.Settings.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        try
        {
            await Poll.UntilAsync(() => !discord.Commands.IsEmpty);
            var inFirst = new FakeDiscordUser(discord, StudentId, FirstServer);
            var inSecond = new FakeDiscordUser(discord, StudentId, SecondServer);
            var inDm = new FakeDiscordUser(discord, StudentId, guildId: null);
            foreach (var place in new[] { inFirst, inSecond, inDm })
            {
                await place.SlashAsync();
                await place.ClickAsync("USMLE");
                Assert.StartsWith("Question 2 of 14", ResidencyAdvisor.Discord.Fakes.StudentScript.Title(place));
            }

            await inFirst.ClickAsync("Forget my answers");

            Assert.Contains("everything you told me has been erased", inFirst.Text(), StringComparison.Ordinal);

            // The bot's latest replies in the other server and the DM are blanked too (their interaction tokens still work).
            foreach (var elsewhere in new[] { inSecond, inDm })
            {
                await Poll.UntilAsync(() =>
                {
                    elsewhere.Refresh();
                    return elsewhere.Text() == "(Erased at your request.)";
                });
                Assert.Empty(elsewhere.Components());
            }

            await inSecond.SlashAsync("forget");
            Assert.Contains("There was nothing to erase", inSecond.Text(), StringComparison.Ordinal);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }

        await AssertNothingSavedAsync(("discord", FirstServer), ("discord", SecondServer), ("discord", "dm"));
    }

    [Fact]
    public async Task After_forget_in_a_slack_DM_no_message_there_still_shows_the_score()
    {
        await using var slack = await FakeSlack.StartAsync();
        using var host = StartHost(new Dictionary<string, string>
        {
            ["Slack__AppToken"] = FakeSlack.AppToken,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__ChannelMessageInterval"] = "00:00:00.010",
        });
        var student = new SlackStudent(slack, "U0FORGETHOST");
        try
        {
            await slack.WaitForSocketAsync(0, TimeSpan.FromSeconds(30));
            await student.SendDmAsync("hi");
            var first = await student.NextMessageAsync();
            await student.ClickAsync(first, "USMLE");
            var score = await student.NextMessageAsync();
            await ResidencyAdvisor.Slack.Fakes.StudentScript.AnswerAsync(student, score, "modal:241");
            var third = await student.NextMessageAsync();
            Assert.Contains(Shown(slack, student), m => m.AllText().Contains("Your answer: 241", StringComparison.Ordinal));

            await student.ClickAsync(third, "Forget my answers");
            var erased = await student.NextMessageAsync();

            Assert.Contains("everything you told me has been erased", erased.AllText(), StringComparison.Ordinal);
            await Poll.UntilAsync(() => !Shown(slack, student).Any(m => m.AllText().Contains("241", StringComparison.Ordinal)));
            Assert.All(Shown(slack, student).Where(m => m.Ts != erased.Ts), m =>
            {
                Assert.Contains("Erased at your request", m.AllText(), StringComparison.Ordinal);
                Assert.False(m.HasControls);
            });
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }

        await AssertNothingSavedAsync(("slack", FakeSlack.TeamId));

        IEnumerable<FakeMessage> Shown(FakeSlack s, SlackStudent who) => s.Messages(who.Channel).Where(m => m.EphemeralUser is null);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private Process StartHost(Dictionary<string, string> environment)
    {
        environment["Storage__SqlitePath"] = _database;
        var host = HostProcess.Start([], environment);
        _ = host.StandardError.ReadToEndAsync();
        return host;
    }

    /// <summary>Reads the program's SQLite file after it stopped: no conversation of the student in any of the scopes.</summary>
    private async Task AssertNothingSavedAsync(params (string Platform, string Scope)[] scopes)
    {
        using var database = SqliteDatabase.Open(_database);
        var store = new SqliteConversationStore(database, TimeProvider.System, TimeSpan.FromDays(30));
        foreach (var (platform, scope) in scopes)
        {
            var userId = platform == "slack" ? "U0FORGETHOST" : StudentId;
            Assert.Null(await store.LoadAsync(new ConversationKey(platform, scope, userId), CancellationToken.None));
        }
    }
}
