using ResidencyAdvisor.Discord.Rest;
using ResidencyAdvisor.Discord.Tests.Rest;

namespace ResidencyAdvisor.Discord.Tests.Season;

public class DmChannelsTests
{
    [Fact]
    public async Task The_dm_channel_is_opened_once_per_student()
    {
        await using var harness = await RestHarness.StartAsync();
        var dms = new DmChannels(harness.Client);

        var first = await dms.GetAsync("42", CancellationToken.None);
        var again = await dms.GetAsync("42", CancellationToken.None);
        var other = await dms.GetAsync("43", CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(["42", "43"], harness.Server.DmOpens);
    }

    [Fact]
    public async Task Beyond_its_capacity_the_least_recently_used_channel_is_forgotten_and_opened_again_when_needed()
    {
        await using var harness = await RestHarness.StartAsync();
        var dms = new DmChannels(harness.Client, capacity: 2);

        await dms.GetAsync("1", CancellationToken.None);
        await dms.GetAsync("2", CancellationToken.None);
        await dms.GetAsync("1", CancellationToken.None);
        await dms.GetAsync("3", CancellationToken.None);
        await dms.GetAsync("1", CancellationToken.None);
        await dms.GetAsync("2", CancellationToken.None);

        Assert.Equal(2, dms.Count);
        Assert.Equal(["1", "2", "3", "2"], harness.Server.DmOpens);
    }

    [Fact]
    public async Task A_forgotten_channel_is_opened_again()
    {
        await using var harness = await RestHarness.StartAsync();
        var dms = new DmChannels(harness.Client);

        await dms.GetAsync("42", CancellationToken.None);
        dms.Forget("42");
        await dms.GetAsync("42", CancellationToken.None);

        Assert.Equal(["42", "42"], harness.Server.DmOpens);
    }
}
