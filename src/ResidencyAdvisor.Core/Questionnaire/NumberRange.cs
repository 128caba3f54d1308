namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The inclusive range a number answer must fall in.</summary>
public sealed record NumberRange(int Min, int Max)
{
    public bool Contains(int value) => value >= Min && value <= Max;
}
