using System.Text.Json;

namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>One gateway frame: opcode, data, sequence and event name.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }

    public JsonElement? D { get; init; }

    public int? S { get; init; }

    public string? T { get; init; }
}
