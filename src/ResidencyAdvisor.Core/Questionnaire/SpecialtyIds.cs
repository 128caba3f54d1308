namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Maps backup specialties to their ids and display names.</summary>
public static class SpecialtyIds
{
    public static IReadOnlyList<SpecialtyId> All { get; } =
        [SpecialtyId.InternalMedicine, SpecialtyId.FamilyMedicine, SpecialtyId.Psychiatry, SpecialtyId.Neurology];

    public static string Id(this SpecialtyId specialty) => specialty switch
    {
        SpecialtyId.InternalMedicine => "internal-medicine",
        SpecialtyId.FamilyMedicine => "family-medicine",
        SpecialtyId.Psychiatry => "psychiatry",
        SpecialtyId.Neurology => "neurology",
        _ => throw new ArgumentOutOfRangeException(nameof(specialty)),
    };

    /// <summary>The name as it reads mid-sentence ("internal medicine").</summary>
    public static string Name(this SpecialtyId specialty) => specialty switch
    {
        SpecialtyId.InternalMedicine => "internal medicine",
        SpecialtyId.FamilyMedicine => "family medicine",
        SpecialtyId.Psychiatry => "psychiatry",
        SpecialtyId.Neurology => "neurology",
        _ => throw new ArgumentOutOfRangeException(nameof(specialty)),
    };

    /// <summary>The name as a title ("Internal medicine").</summary>
    public static string TitleName(this SpecialtyId specialty)
    {
        var name = specialty.Name();
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    public static bool TryParse(string id, out SpecialtyId specialty)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id(), id, StringComparison.OrdinalIgnoreCase))
            {
                specialty = candidate;
                return true;
            }
        }

        specialty = default;
        return false;
    }

    /// <summary>Reads a specialty typed as its name or id ("psychiatry", "Internal medicine", "internal-medicine").</summary>
    public static bool TryParseName(string text, out SpecialtyId specialty)
    {
        var trimmed = text.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                specialty = candidate;
                return true;
            }
        }

        return TryParse(trimmed, out specialty);
    }
}
