using ResidencyAdvisor.Slack.Tests.Conversations;

namespace ResidencyAdvisor.Slack.Tests.Http;

/// <summary>Every DM conversation test again, with Slack POSTing signed requests to /slack/events instead of Socket Mode.</summary>
public sealed class DirectMessageOverHttpTests : DirectMessageConversationTests
{
    protected override bool OverHttp => true;
}
