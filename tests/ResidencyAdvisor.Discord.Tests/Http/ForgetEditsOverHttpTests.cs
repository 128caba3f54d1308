using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>Forget blanking earlier replies again over the interactions endpoint, where each reply is an HTTP response.</summary>
public sealed class ForgetEditsOverHttpTests : ForgetEditsTests
{
    protected override bool OverHttp => true;
}
