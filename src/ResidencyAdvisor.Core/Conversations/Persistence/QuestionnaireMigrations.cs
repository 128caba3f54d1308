using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>
/// Upgrades conversations saved by an older questionnaire. Register one step per version change
/// (from version N to N+1); a conversation with no path to the current version restarts with a friendly notice.
/// </summary>
public sealed class QuestionnaireMigrations
{
    private readonly Dictionary<int, Action<ConversationState>> _steps = [];

    public QuestionnaireMigrations(int currentVersion = ConversationState.CurrentQuestionnaireVersion)
    {
        CurrentVersion = currentVersion;
    }

    public int CurrentVersion { get; }

    /// <summary>The released questionnaire's upgrades.</summary>
    public static QuestionnaireMigrations Standard() => new QuestionnaireMigrations()
        // Version 2 asks reapplicants whether their last cycle had a backup: one who is past the questions answers it next.
        .Add(1, state =>
        {
            if (state.Answers.Reapplicant == true && !state.Answers.IsAnswered(Step.DualAppliedLastCycle) && !state.Step.IsQuestion)
            {
                state.Step = Step.DualAppliedLastCycle;
                state.Editing = true;
            }
        });

    /// <summary>Registers how to move a conversation from <paramref name="fromVersion"/> to the next version.</summary>
    public QuestionnaireMigrations Add(int fromVersion, Action<ConversationState> upgrade)
    {
        _steps[fromVersion] = upgrade;
        return this;
    }

    /// <summary>Brings the state to the current version; false when it cannot and must restart.</summary>
    public bool TryUpgrade(ConversationState state)
    {
        while (state.QuestionnaireVersion < CurrentVersion)
        {
            if (!_steps.TryGetValue(state.QuestionnaireVersion, out var upgrade))
            {
                return false;
            }

            upgrade(state);
            state.QuestionnaireVersion++;
        }

        return state.QuestionnaireVersion == CurrentVersion;
    }
}
