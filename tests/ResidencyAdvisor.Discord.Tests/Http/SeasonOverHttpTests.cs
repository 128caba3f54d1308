using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>Every season test again over the interactions endpoint, where the plan file cannot ride in the HTTP response.</summary>
public sealed class SeasonOverHttpTests : SeasonTests
{
    protected override bool OverHttp => true;
}
