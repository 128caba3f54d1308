using System.Globalization;
using System.Text.RegularExpressions;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Testing;
using DiscordScript = ResidencyAdvisor.Discord.Fakes.StudentScript;
using SlackScript = ResidencyAdvisor.Slack.Fakes.StudentScript;

namespace ResidencyAdvisor.Host.Tests.Operations;

/// <summary>The real program against each fake platform, with /metrics scraped after a whole conversation.</summary>
public class AdapterMetricsTests
{
    [Fact]
    public async Task After_a_Discord_conversation_metrics_show_the_first_response_histogram_for_every_interaction()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        var port = LoopbackPort.Free();
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Discord__Token"] = discord.Settings.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Metrics__Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Metrics__Host"] = "localhost",
        });
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            await Poll.UntilAsync(() => !discord.Commands.IsEmpty);
            var student = new FakeDiscordUser(discord, "300000000000000004", "700000000000000007");
            var turn = await student.SlashAsync();
            await DiscordScript.AnswerUntilSummaryAsync(student, turn);
            await student.ClickAsync("See my recommendation");
            var interactions = discord.Requests.Count(r => r.Path.Contains("/callback", StringComparison.Ordinal));

            var text = await ScrapeAsync(port, "discord_first_response_duration_milliseconds_count", interactions);

            Assert.Equal(interactions, Sample(text, "discord_first_response_duration_milliseconds_count", "discord"));
            Assert.InRange(Sample(text, "discord_first_response_duration_milliseconds_bucket", "discord", "le=\"3000\""), 0, interactions);
            Assert.Equal(interactions, Sample(text, "discord_interactions_total", "discord"));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task After_a_Slack_conversation_metrics_show_the_first_response_histogram_for_every_envelope()
    {
        await using var slack = await FakeSlack.StartAsync();
        var port = LoopbackPort.Free();
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Slack__AppToken"] = FakeSlack.AppToken,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__ChannelMessageInterval"] = "00:00:00.010",
            ["Metrics__Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Metrics__Host"] = "localhost",
        });
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            await slack.WaitForSocketAsync(0, TimeSpan.FromSeconds(30));
            var sent = 0;
            slack.EnvelopeSending += _ => Interlocked.Increment(ref sent);
            var student = new SlackStudent(slack, "U0METRICS");
            await student.SendDmAsync("hi");
            await SlackScript.RunToRecommendationAsync(student, await student.NextMessageAsync());
            var envelopes = Volatile.Read(ref sent);

            var text = await ScrapeAsync(port, "slack_first_response_duration_milliseconds_count", envelopes);

            Assert.Equal(envelopes, Sample(text, "slack_first_response_duration_milliseconds_count", "slack"));
            Assert.InRange(Sample(text, "slack_first_response_duration_milliseconds_bucket", "slack", "le=\"3000\""), 0, envelopes);
            Assert.Equal(envelopes, Sample(text, "slack_envelopes_total", "slack"));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    /// <summary>The value of the first sample of <paramref name="metric"/> labelled with the platform (and <paramref name="label"/>), or -1.</summary>
    private static double Sample(string text, string metric, string platform, string label = "")
    {
        foreach (Match line in Regex.Matches(text, $@"^{Regex.Escape(metric)}\{{(?<labels>[^}}]*)\}} (?<value>\S+)", RegexOptions.Multiline))
        {
            var labels = line.Groups["labels"].Value;
            if (labels.Contains($"platform=\"{platform}\"", StringComparison.Ordinal) && labels.Contains(label, StringComparison.Ordinal))
            {
                return double.Parse(line.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }

    /// <summary>Scrapes /metrics until <paramref name="metric"/> has counted <paramref name="expected"/> (the last response may still be on its way).</summary>
    private static async Task<string> ScrapeAsync(int port, string metric, int expected)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var text = await http.GetStringAsync("metrics", timeout.Token);
            if (Sample(text, metric, metric.Split('_')[0]) >= expected)
            {
                return text;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
