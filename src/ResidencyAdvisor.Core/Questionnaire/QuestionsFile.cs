namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The shape of config/questions.json.</summary>
public sealed class QuestionsFile
{
    public Dictionary<string, QuestionText> Questions { get; set; } = [];
}
