using System.Text.Json;

namespace ResidencyAdvisor.Core.Io;

/// <summary>
/// Reads a flat JSON object field by field with a <see cref="Utf8JsonReader"/>: the adapters read their frames'
/// envelopes this way and keep the data as raw JSON, so it is parsed once, straight into its own type.
/// Every method throws <see cref="JsonException"/> on JSON that is not of the expected shape.
/// </summary>
public static class JsonFields
{
    /// <summary>A reader positioned on the object's start.</summary>
    public static Utf8JsonReader Open(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject
            ? reader
            : throw new JsonException("not a JSON object");
    }

    /// <summary>Moves to the next property's value; false at the object's end. <paramref name="name"/> is left on the property name.</summary>
    public static bool Next(ref Utf8JsonReader reader, out Utf8JsonReader name)
    {
        name = reader;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        name = reader;
        reader.Read();
        return true;
    }

    /// <summary>Checks the object ended where the input does.</summary>
    public static void Close(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("trailing or missing content after the object");
        }
    }

    /// <summary>The current value as text, or null for JSON null.</summary>
    public static string? String(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"{field} is not text"),
    };

    /// <summary>The current value as a whole number.</summary>
    public static int Int(ref Utf8JsonReader reader, string field) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"{field} is not a whole number");

    /// <summary>
    /// A copy of the current value's JSON (the caller's buffer may be reused), or null for JSON null; the reader is left
    /// at the value's end.
    /// </summary>
    public static ReadOnlyMemory<byte>? Raw(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return json[start..(int)reader.BytesConsumed].ToArray();
    }
}
