using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Slack.OAuth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Tests.WebApi;

public class SlowSlackTests
{
    [Fact]
    public async Task A_call_Slack_never_answers_fails_as_a_transient_error_the_adapter_retries_not_a_cancellation()
    {
        using var http = new HttpClient(new NeverAnswers()) { Timeout = TimeSpan.FromMilliseconds(50) };
        var api = Api(http);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => api.AuthTestAsync(CancellationToken.None));
        Assert.Contains("did not answer auth.test in time", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_that_is_not_JSON_is_an_api_error_not_a_crash()
    {
        using var http = new HttpClient(new AnswersWith("<html>bad gateway</html>"));
        var api = Api(http);

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => api.AuthTestAsync(CancellationToken.None));
        Assert.False(ex.IsAuthFailure);
    }

    [Fact]
    public async Task Stopping_the_adapter_still_cancels_a_call()
    {
        using var http = new HttpClient(new NeverAnswers());
        var api = Api(http);
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.AuthTestAsync(stopping.Token));
    }

    private static SlackWebApi Api(HttpClient http)
    {
        var options = Options.Create(new SlackOptions { AppToken = "xapp-test", BotToken = "xoxb-test", ApiBaseUrl = new Uri("http://127.0.0.1:9/api/") });
        return new SlackWebApi(new SlackApiClient(http, options, TimeProvider.System, NullLogger<SlackApiClient>.Instance),
            new ChannelRateLimiter(options, TimeProvider.System),
            new BotTokens(options, new InMemoryInstallationStore(new InMemoryConversationStore()), new Lazy<TokenProtector>(() => throw new InvalidOperationException("one workspace"))),
            options);
    }

    private sealed class NeverAnswers : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class AnswersWith(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
    }
}
