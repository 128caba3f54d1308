namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The licensing exam whose Step 2 / Level 2 score the student reports.</summary>
public enum ExamKind
{
    Usmle,
    Comlex,
}
