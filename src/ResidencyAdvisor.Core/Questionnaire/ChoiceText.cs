namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The editable wording of one choice.</summary>
public sealed class ChoiceText
{
    public string Label { get; set; } = "";
    public string? Description { get; set; }
}
