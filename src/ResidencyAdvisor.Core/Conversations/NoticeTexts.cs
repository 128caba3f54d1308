namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The short messages that accompany a reply.</summary>
internal static class NoticeTexts
{
    public static Notice OutOfDate => new(NoticeKind.OutOfDate,
        "That message is out of date, so nothing changed. Your current step is the latest message.");

    public static Notice AlreadyRecorded => new(NoticeKind.AlreadyRecorded,
        "Your answer to that question was already recorded.");

    public static Notice Resumed(string where) => new(NoticeKind.Resumed,
        $"Welcome back! Your earlier answers are saved; let's continue with {where}.");

    public static Notice Restarted => new(NoticeKind.Restarted, "Starting over: your earlier answers were cleared.");

    /// <summary>Restart asked for before anything was answered: there was nothing to clear, so do not say there was.</summary>
    public static Notice RestartedFromNothing => new(NoticeKind.Restarted, "Starting from the first question.");

    public static Notice Paused => new(NoticeKind.Paused,
        "Paused. Your answers are saved; send any message or use /advise to pick up where you left off, or choose \"Forget my answers\" to erase them.");

    public static Notice Erased => new(NoticeKind.Erased,
        "Done: everything you told me has been erased. Start again any time.");

    public static Notice NothingToErase => new(NoticeKind.Erased,
        "There was nothing to erase: I have no saved answers from you. Start any time.");

    public static Notice QuestionnaireChanged => new(NoticeKind.QuestionnaireChanged,
        "The questionnaire was updated since your last visit and your saved answers no longer fit it, so we're starting fresh. Sorry about that; it only takes a few minutes.");

    public static Notice ConversationLost => new(NoticeKind.ConversationLost,
        "I couldn't find your earlier conversation (it may have expired or been erased), so we're starting fresh.");

    public static Notice TryAgainShortly => new(NoticeKind.TryAgainShortly,
        "Sorry, I can't reach my saved conversations right now. Nothing you answered is lost; please try again in a minute.");

    public static Notice Help => new(NoticeKind.Help,
        "Answer the question, or type back, restart, pause or forget (erases your answers).");

    public static Notice FirstQuestion => new(NoticeKind.InvalidAnswer, "This is the first question, so there is nothing to go back to.");

    public static Notice NotYet => new(NoticeKind.InvalidAnswer, "That isn't available yet: please finish the questions first.");

    public static Notice Invalid(string message) => new(NoticeKind.InvalidAnswer, message);
}
