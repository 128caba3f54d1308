using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>The reworded labels again, with Discord POSTing signed interactions to /discord/interactions.</summary>
public sealed class RewordedLabelsOverHttpTests : RewordedLabelsTests
{
    protected override bool OverHttp => true;
}
