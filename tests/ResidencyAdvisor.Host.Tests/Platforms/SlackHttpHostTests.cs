using System.Net;
using System.Text.RegularExpressions;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Host.Tests.Platforms;

public class SlackHttpHostTests
{
    [Fact]
    public async Task The_program_with_a_signing_secret_serves_slack_events_on_ASPNETCORE_URLS_and_a_student_reaches_the_recommendation()
    {
        await using var slack = await FakeSlack.StartAsync();
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Slack__SigningSecret"] = FakeSlack.SigningSecret,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__ChannelMessageInterval"] = "00:00:00.010",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });
        try
        {
            var listening = await ReadUntilAsync(host.StandardError, "Public HTTP listener on ");
            var baseUrl = Regex.Match(listening, @"http://127\.0\.0\.1:\d+").Value;
            _ = host.StandardError.ReadToEndAsync(); // keep the log pipe drained so the program never blocks on it
            slack.DeliverOverHttp(new Uri(baseUrl + "/slack/events"), FakeSlack.SigningSecret);
            var student = new SlackStudent(slack, "U0HTTPHOST");

            var (unsigned, _) = await slack.PostAsync(FakeHttpRequest.For("events_api", student.DmEvent("hi", "EvUnsigned")), omitHeaders: true);
            await student.SendDmAsync("hi");
            var first = await student.NextMessageAsync();
            var result = await StudentScript.RunToRecommendationAsync(student, first);

            Assert.Equal(HttpStatusCode.Unauthorized, unsigned);
            Assert.Contains("Interview answers", result.ButtonLabels());
            Assert.DoesNotContain(slack.Calls, c => c.Method == "apps.connections.open");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static async Task<string> ReadUntilAsync(StreamReader output, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(expected, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"The program ended without printing \"{expected}\".");
    }
}
