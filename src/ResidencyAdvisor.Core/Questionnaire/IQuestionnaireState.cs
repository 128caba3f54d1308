namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// Where one student stands in the questionnaire: what <see cref="QuestionnaireMachine"/> reads and moves. Declared here
/// so the questionnaire needs nothing from the conversations that store it.
/// </summary>
public interface IQuestionnaireState
{
    Step Step { get; set; }

    /// <summary>True while the student changes one answer from the summary.</summary>
    bool Editing { get; set; }

    Answers Answers { get; set; }
}
