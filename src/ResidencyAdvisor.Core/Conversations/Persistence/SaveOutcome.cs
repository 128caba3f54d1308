namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>What a compare-and-set save did.</summary>
public enum SaveOutcome
{
    /// <summary>The state (and its delivery, if any) was written; the state's version moved on by one.</summary>
    Saved,

    /// <summary>Someone else saved first: nothing was written.</summary>
    Conflict,

    /// <summary>The delivery was already recorded within its window: a replay, and nothing was written.</summary>
    Replayed,
}
