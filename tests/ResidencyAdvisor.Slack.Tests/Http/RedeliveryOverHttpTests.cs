using ResidencyAdvisor.Slack.Tests.SocketMode;

namespace ResidencyAdvisor.Slack.Tests.Http;

/// <summary>The redelivery tests again over HTTP, where Slack marks a retry with X-Slack-Retry-Num.</summary>
public sealed class RedeliveryOverHttpTests : RedeliveryTests
{
    protected override bool OverHttp => true;
}
