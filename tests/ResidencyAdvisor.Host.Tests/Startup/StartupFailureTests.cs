using System.Net;
using System.Net.Sockets;

namespace ResidencyAdvisor.Host.Tests.Startup;

/// <summary>Finding 6: every start-up mistake an operator can make ends in one readable line and exit code 1.</summary>
public class StartupFailureTests
{
    [Theory]
    [InlineData("Metrics__Port", "abc", "Metrics:Port")]
    [InlineData("Metrics__Host", "ops.example.com", "Metrics:Host")]
    [InlineData("Storage__RetentionDays", "0", "Storage:RetentionDays")]
    [InlineData("Storage__Provider", "mongo", "Storage:Provider")]
    [InlineData("Slack__ApiBaseUrl", "http://slack.example.com/api/", "Slack:ApiBaseUrl")]
    [InlineData("Reminders__Offsets", "a week", "Reminders:Offsets")]
    [InlineData("Reminders__Offsets", "-1.00:00:00", "Reminders:Offsets")]
    [InlineData("Reminders__CheckEvery", "00:00:00", "Reminders:CheckEvery")]
    public async Task A_bad_setting_stops_the_program_with_one_line_naming_it(string name, string value, string named)
    {
        var (exit, stdout, stderr) = await HostProcess.RunAsync("", [], new Dictionary<string, string> { [name] = value, ["Slack__AppToken"] = "xapp-1-test", ["Slack__BotToken"] = "xoxb-test" });

        AssertOneLineFailure(exit, stderr, named);
        Assert.DoesNotContain("Question 1", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://discord.example.com/api")]
    [InlineData("http://discord.example.com/api/v10")]
    public async Task A_bad_Discord_api_base_url_stops_the_program_with_one_line(string url)
    {
        var (exit, _, stderr) = await HostProcess.RunAsync("", [], new Dictionary<string, string>
        {
            ["Discord__Token"] = "test-token",
            ["Discord__ApiBaseUrl"] = url,
        });

        AssertOneLineFailure(exit, stderr, "Discord:ApiBaseUrl");
    }

    [Theory]
    [InlineData("Slack__AppToken", "xapp-1-only", "Slack__BotToken")]
    [InlineData("Slack__BotToken", "xoxb-only", "Slack__AppToken")]
    public async Task One_Slack_token_without_the_other_stops_the_program_instead_of_starting_the_console(string name, string value, string missing)
    {
        var (exit, stdout, stderr) = await HostProcess.RunAsync("", [], new Dictionary<string, string> { [name] = value });

        AssertOneLineFailure(exit, stderr, missing);
        Assert.Equal("", stdout);
        Assert.DoesNotContain(value, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_metrics_port_stops_the_program_with_one_line()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var (exit, _, stderr) = await HostProcess.RunAsync("", [], new Dictionary<string, string> { ["Metrics__Port"] = port.ToString() });

        AssertOneLineFailure(exit, stderr, "Metrics__Port");
    }

    [Fact]
    public async Task A_console_chat_whose_input_ends_before_any_answer_says_how_to_configure_a_platform_and_exits_1()
    {
        var (exit, _, stderr) = await HostProcess.RunAsync("", []);

        Assert.Equal(1, exit);
        Assert.Contains("no platform is configured", stderr, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", stderr, StringComparison.Ordinal);
        Assert.Contains("Slack__AppToken", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piped_script_that_only_quits_still_exits_0()
    {
        var (exit, stdout, _) = await HostProcess.RunAsync("quit\n", []);

        Assert.Equal(0, exit);
        Assert.Contains("Bye!", stdout, StringComparison.Ordinal);
    }

    private static void AssertOneLineFailure(int exit, string stderr, string named)
    {
        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("residency-advisor: ", StringComparison.Ordinal));
        Assert.StartsWith("residency-advisor: cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }
}
