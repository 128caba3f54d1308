namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A choice in its place in the question's full list, with why it is not offered now (null when it is).</summary>
public sealed record ListedChoice(Choice Choice, string? NotOfferedBecause)
{
    public bool Offered => NotOfferedBecause is null;
}
