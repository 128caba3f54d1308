namespace ResidencyAdvisor.Core.Conversations;

/// <summary>Why a notice accompanies a reply; adapters may style or route each kind differently.</summary>
public enum NoticeKind
{
    InvalidAnswer,
    OutOfDate,
    AlreadyRecorded,
    Resumed,
    Restarted,
    Paused,
    Erased,
    QuestionnaireChanged,
    ConversationLost,
    TryAgainShortly,
    Help,
}
