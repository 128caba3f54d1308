namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The editable wording of one question, from config/questions.json.</summary>
public sealed class QuestionText
{
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Help { get; set; }
    public Dictionary<string, ChoiceText> Choices { get; set; } = [];
}
