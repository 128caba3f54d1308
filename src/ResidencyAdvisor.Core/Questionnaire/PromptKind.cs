namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>How an adapter should let the student answer a question.</summary>
public enum PromptKind
{
    SingleChoice,
    MultiChoice,
    Number,
    YesNo,
}
