using ResidencyAdvisor.Core;
using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>
/// Two instances behind a load balancer without sticky sessions share one store: a tick made through one shows
/// through the other, as Discord's POSTs land wherever the balancer sends them.
/// </summary>
public sealed class SeasonInstanceChangeTests
{
    [Fact]
    public async Task A_tick_made_on_one_instance_shows_on_the_other_and_the_next_tick_goes_back_through_the_first()
    {
        await using var first = await AdapterHarness.StartAsync(overHttp: true);
        var firstEndpoint = first.Poster.Endpoint;
        var student = await SeasonTests.AtRecommendationAsync(first);
        await student.ClickAsync(Labels[ChatLabel.MyChecklist]);
        await student.PickAsync(Labels[ChatLabel.TickTask], "2");

        await using var second = await AdapterHarness.StartAsync(overHttp: true, shared: first.HandOver());
        await student.PickAsync(Labels[ChatLabel.TickTask], "5");
        Assert.Contains("✅ **2.**", student.Text(), StringComparison.Ordinal);
        Assert.Contains("✅ **5.**", student.Text(), StringComparison.Ordinal);

        first.Server.PostInteractionsTo(firstEndpoint);
        await student.PickAsync(Labels[ChatLabel.UntickTask], "2");

        Assert.Contains("⬜ **2.**", student.Text(), StringComparison.Ordinal);
        Assert.Contains("✅ **5.**", student.Text(), StringComparison.Ordinal);
        Assert.Contains("Your checklist: 1 of", student.Text(), StringComparison.Ordinal);
    }
}
