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
