using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Host.Tests.Platforms;

/// <summary>Finding 4, through the built program: Slack answering garbage must not take Discord (or the process) down.</summary>
public class FaultIsolationTests
{
    [Fact]
    public async Task Slack_answering_sign_in_with_a_bogus_charset_leaves_the_program_running_and_Discord_answering()
    {
        await using var slack = await FakeSlack.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            slack.AnswerNextRaw("auth.test", FakeRawAnswer.BogusCharset());
        }

        await using var discord = await FakeDiscordServer.StartAsync();
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Discord__Token"] = discord.Settings.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Slack__AppToken"] = FakeSlack.AppToken,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__ReconnectMinDelay"] = "00:00:00.100",
            ["Slack__ReconnectMaxDelay"] = "00:00:00.200",
        });
        var stderr = host.StandardError.ReadToEndAsync();
        try
        {
            await Poll.UntilAsync(() => slack.Calls.Count(c => c.Method == "auth.test") >= 2 && !discord.Commands.IsEmpty);
            var student = new FakeDiscordUser(discord, "300000000000000003", "700000000000000007");

            await student.SlashAsync();

            Assert.StartsWith("Question 1 of 14", Discord.Fakes.StudentScript.Title(student), StringComparison.Ordinal);
            Assert.False(host.HasExited, "the program is still running");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }

        var log = await stderr;
        Assert.Contains("invalid_response", log, StringComparison.Ordinal);
        Assert.DoesNotContain("BackgroundService failed", log, StringComparison.Ordinal);
    }
}
