using ResidencyAdvisor.Discord.Fakes;

namespace ResidencyAdvisor.Host.Tests.Platforms;

public class DiscordHostTests
{
    [Fact]
    public async Task The_program_started_with_a_discord_token_registers_advise_and_a_student_clicks_through_to_are_you_dual_applying()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Discord__Token"] = discord.Settings.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        var stderr = host.StandardError.ReadToEndAsync();
        try
        {
            await Poll.UntilAsync(() => !discord.Commands.IsEmpty);
            var student = new FakeDiscordUser(discord, "300000000000000003", "700000000000000007");

            var turn = await student.SlashAsync();
            Assert.StartsWith("Question 1 of 14", StudentScript.Title(student));
            await StudentScript.AnswerUntilSummaryAsync(student, turn);
            await student.ClickAsync("See my recommendation");
            await student.ClickAsync("Interview answers");

            Assert.Contains("Are you dual applying?", student.Text());
            Assert.Contains("internal medicine", student.Text(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal("advise", (string?)discord.Commands.Values.Single()[0]!["name"]);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }

        Assert.DoesNotContain(discord.Settings.Token, await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_command_registration_at_start_up_is_retried_until_advise_exists()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        discord.FailNext("/commands", 403);
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Discord__Token"] = discord.Settings.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            await Poll.UntilAsync(() => !discord.Commands.IsEmpty);
            Assert.Contains(discord.Requests, r => r.Path.EndsWith("/commands", StringComparison.Ordinal) && r.Status == 403);
            Assert.Equal("advise", (string?)discord.Commands.Values.Single()[0]!["name"]);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }
}
