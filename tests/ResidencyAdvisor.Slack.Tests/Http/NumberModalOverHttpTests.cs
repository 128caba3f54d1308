using ResidencyAdvisor.Slack.Tests.Conversations;

namespace ResidencyAdvisor.Slack.Tests.Http;

/// <summary>The number modal over HTTP: a bad value is refused in the response body, which keeps the modal open.</summary>
public sealed class NumberModalOverHttpTests : NumberModalTests
{
    protected override bool OverHttp => true;
}
