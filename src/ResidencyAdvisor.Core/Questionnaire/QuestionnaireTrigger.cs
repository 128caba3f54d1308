namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>What moves the questionnaire from one step to another.</summary>
public enum QuestionnaireTrigger
{
    Next,
    Back,
    Restart,
    Edit,
    Confirm,
}
