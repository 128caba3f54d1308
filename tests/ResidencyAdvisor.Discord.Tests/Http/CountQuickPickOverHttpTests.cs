using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>The count quick picks and the number form again over the interactions endpoint.</summary>
public sealed class CountQuickPickOverHttpTests : CountQuickPickTests
{
    protected override bool OverHttp => true;
}
