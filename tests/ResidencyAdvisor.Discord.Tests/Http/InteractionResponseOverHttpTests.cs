using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>
/// The interaction responses again over the interactions endpoint: stale and foreign clicks, forget, and a slow turn
/// answered with a deferral in the HTTP response and finished through the webhook.
/// </summary>
public sealed class InteractionResponseOverHttpTests : InteractionResponseTests
{
    protected override bool OverHttp => true;
}
