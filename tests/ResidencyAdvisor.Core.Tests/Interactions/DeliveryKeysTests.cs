using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Interactions;

namespace ResidencyAdvisor.Core.Tests.Interactions;

public class DeliveryKeysTests
{
    [Theory]
    [InlineData("discord", null, "123", "discord:123")]
    [InlineData("slack", "event", "Ev1", "slack:event:Ev1")]
    [InlineData("slack", "command", "sha256:ab", "slack:command:sha256:ab")]
    public void The_ledger_key_keeps_the_format_earlier_releases_wrote(string platform, string? kind, string id, string key)
    {
        Assert.Equal(key, DeliveryKeys.KeyOf(platform, kind, id));
    }

    [Fact]
    public async Task The_second_delivery_of_one_event_is_a_repeat_and_another_platforms_same_id_is_not()
    {
        var ledger = new InMemoryDeliveryLedger(TimeProvider.System);
        var window = TimeSpan.FromMinutes(10);

        Assert.True(await ledger.IsFirstDeliveryAsync("slack", "event", "E1", window, default));
        Assert.False(await ledger.IsFirstDeliveryAsync("slack", "event", "E1", window, default));
        Assert.True(await ledger.IsFirstDeliveryAsync("discord", null, "E1", window, default));
    }
}
