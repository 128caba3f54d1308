using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Host.Tests.Platforms;

public class SlackHostTests
{
    [Fact]
    public async Task The_program_started_with_slack_tokens_connects_and_a_student_clicks_through_a_DM_to_are_you_dual_applying()
    {
        await using var slack = await FakeSlack.StartAsync();
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Slack__AppToken"] = FakeSlack.AppToken,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),

            // The fake does not rate-limit; real Slack pacing (one post a second) would only make the test slow.
            ["Slack__ChannelMessageInterval"] = "00:00:00.010",
        });
        var stderr = host.StandardError.ReadToEndAsync();
        try
        {
            await slack.WaitForSocketAsync(0, TimeSpan.FromSeconds(30));
            var student = new SlackStudent(slack, "U0HOSTTEST");

            await student.SendDmAsync("hi");
            var first = await student.NextMessageAsync();
            Assert.Contains("Question 1 of 14", first.AllText(), StringComparison.Ordinal);

            var result = await StudentScript.RunToRecommendationAsync(student, first);
            await student.ClickAsync(result, "Interview answers");
            var interview = await student.NextMessageAsync();

            Assert.Contains("Are you dual applying?", interview.AllText(), StringComparison.Ordinal);
            Assert.Contains("internal medicine", interview.AllText(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }

        var log = await stderr;
        Assert.DoesNotContain(FakeSlack.AppToken, log, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeSlack.BotToken, log, StringComparison.Ordinal);
    }
}
