using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// A reminder's open tasks, read from the student's saved conversation as it stands when the reminder goes out, so
/// a tick made a minute earlier on another instance is already left off. Reading never writes: an older saved
/// version is upgraded in memory only, and the student's next turn saves it as usual.
/// </summary>
public sealed class StoredChecklists(IConversationStore store, ConversationEngine engine, QuestionnaireMigrations? migrations = null)
    : ISeasonChecklists
{
    private readonly QuestionnaireMigrations _migrations = migrations ?? QuestionnaireMigrations.Standard();

    public async Task<SeasonChecklist?> ForAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ConversationState? state;
        try
        {
            state = await store.LoadAsync(key, cancellationToken);
        }
        catch (CorruptConversationException)
        {
            return null; // The student's next turn reports and clears it; the reminder goes out without a list.
        }

        if (state is null || state.QuestionnaireVersion > _migrations.CurrentVersion || !_migrations.TryUpgrade(state))
        {
            return null;
        }

        return state.Step == Step.Done && StudentProfile.From(state.Answers) is not null ? engine.Checklist(state) : null;
    }
}
