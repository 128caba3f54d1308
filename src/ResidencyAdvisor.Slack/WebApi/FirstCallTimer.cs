namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>Marks each Web API request on its way out, so the envelope whose work sent it gets its first-call time.</summary>
internal sealed class FirstCallTimer(SlackMetrics metrics) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        metrics.CallStarting();
        return base.SendAsync(request, cancellationToken);
    }
}
