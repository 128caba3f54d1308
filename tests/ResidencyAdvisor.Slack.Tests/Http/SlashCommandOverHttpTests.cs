using ResidencyAdvisor.Slack.Tests.Conversations;

namespace ResidencyAdvisor.Slack.Tests.Http;

/// <summary>Every /advise test again over HTTP: the slash command arrives as a signed form and is answered in the response.</summary>
public sealed class SlashCommandOverHttpTests : SlashCommandConversationTests
{
    protected override bool OverHttp => true;
}
