using System.Text.Json;
using System.Text.Json.Nodes;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>Checks what went over the wire the way Discord would.</summary>
internal static class WireAssertions
{
    public static void WithinLimits(JsonObject? message)
    {
        if (message is null)
        {
            return;
        }

        var payload = JsonSerializer.Deserialize(message.ToJsonString(), DiscordJsonContext.Default.MessagePayload)!;
        Assert.Empty(DiscordLimits.Violations(payload));
    }

    public static void AnsweredOnce(FakeTurn turn) => Assert.Equal(1, turn.Exchange.CallbackCount);

    public static int? Flags(FakeTurn turn) => (int?)turn.Exchange.InitialResponse.Result["data"]?["flags"];
}
