using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>Every conversation test again, with Discord POSTing signed interactions to /discord/interactions instead of the gateway.</summary>
public sealed class ConversationOverHttpTests : ConversationTests
{
    protected override bool OverHttp => true;
}
