using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>One gateway frame: opcode, sequence, event name, and its data still as JSON, read once into its own type.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }

    /// <summary>The frame's "d" exactly as sent, or null when it was absent or null.</summary>
    public ReadOnlyMemory<byte>? D { get; init; }

    public int? S { get; init; }

    public string? T { get; init; }

    /// <summary>"d" read as <typeparamref name="TData"/>; null when there is none.</summary>
    public TData? Data<TData>(JsonTypeInfo<TData> typeInfo) where TData : class =>
        D is { } data ? JsonSerializer.Deserialize(data.Span, typeInfo) : null;

    /// <summary>Whether "d" is the JSON literal true (Invalid Session's "may resume").</summary>
    public bool DataIsTrue => D is { } data && data.Span.SequenceEqual("true"u8);
}
