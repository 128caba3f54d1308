using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.Cli;

/// <summary>Reads typed fields from a JSON object, collecting one problem per bad field.</summary>
internal sealed class FieldReader(JsonElement root, List<string> problems)
{
    public string? Enum(string name, string[] allowed)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString()))
        {
            return value.GetString();
        }

        Problem(name, value, "one of " + string.Join(", ", allowed.Select(a => $"\"{a}\"")));
        return null;
    }

    public int? NullableInt(string name, int min, int max, string expected)
    {
        if (Get(name) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max)
        {
            return n;
        }

        Problem(name, value, expected);
        return null;
    }

    public int Count(string name)
    {
        if (Get(name) is not { } value)
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0)
        {
            return n;
        }

        Problem(name, value, "an integer of 0 or more");
        return 0;
    }

    public bool Bool(string name)
    {
        if (Get(name) is not { } value)
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(name, value, "true or false");
        return false;
    }

    public IReadOnlyList<SpecialtyId> Specialties(string name, string allowed)
    {
        if (Get(name) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, value, $"an array of specialty ids ({allowed})");
            return [];
        }

        var result = new List<SpecialtyId>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && SpecialtyIds.TryParse(item.GetString()!, out var s))
            {
                if (!result.Contains(s))
                {
                    result.Add(s);
                }
            }
            else
            {
                Problem(name, item, $"specialty ids from: {allowed}");
            }
        }

        return [.. SpecialtyIds.All.Where(result.Contains)];
    }

    private JsonElement? Get(string name)
    {
        if (root.TryGetProperty(name, out var value))
        {
            return value;
        }

        problems.Add($"missing field '{name}'");
        return null;
    }

    private void Problem(string name, JsonElement value, string expected)
    {
        var shown = value.GetRawText();
        problems.Add($"'{name}' is {(shown.Length > 40 ? shown[..40] + "…" : shown)}; allowed: {expected}");
    }
}
