using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Season;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Tests.Season;

/// <summary>The adapter's Web API client and reminder sender pointed at a fake Slack on loopback, with instant waits.</summary>
public abstract class SeasonApi : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    protected const string Student = "U0STUDENT";

    protected FakeSlack Slack { get; private set; } = null!;

    internal InstantDelays Time { get; } = new();

    public async Task InitializeAsync() => Slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await Slack.DisposeAsync();
    }

    internal SlackWebApi Api(Action<SlackOptions>? configure = null)
    {
        var settings = new SlackOptions { AppToken = FakeSlack.AppToken, BotToken = FakeSlack.BotToken, ApiBaseUrl = Slack.ApiBaseUrl };
        configure?.Invoke(settings);
        var options = Options.Create(settings);
        return new SlackWebApi(new SlackApiClient(_http, options, Time, NullLogger<SlackApiClient>.Instance),
            new ChannelRateLimiter(options, Time),
            new BotTokens(options, new InMemoryInstallationStore(new InMemoryConversationStore()),
                new Lazy<TokenProtector>(() => throw new InvalidOperationException("no installation is stored in these tests"))),
            options);
    }

    internal SlackReminderSender Sender(Action<SlackOptions>? configure = null) =>
        new(Api(configure), TestContent.Content, NullLogger<SlackReminderSender>.Instance);
}
