using System.Globalization;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>
/// The short messages that accompany the engine's reply, each a <see cref="Notice"/> of its kind with its words from
/// config/notices.json (<see cref="StudentNotices"/>), the same file the adapters' notes come from.
/// </summary>
internal sealed class NoticeTexts(StudentNotices words)
{
    /// <summary>One wording for every "out of date", whether the engine or an adapter notices it.</summary>
    public Notice OutOfDate => new(NoticeKind.OutOfDate, words[StudentNotice.OutOfDate]);

    public Notice AlreadyRecorded => new(NoticeKind.AlreadyRecorded, words[StudentNotice.AlreadyRecorded]);

    public Notice Resumed(string where) => new(NoticeKind.Resumed, words.Format(StudentNotice.Resumed, ("where", where)));

    public string WhereQuestion(string label) => words.Format(StudentNotice.WhereQuestion, ("question", label));

    public string WhereSummary => words[StudentNotice.WhereSummary];

    public string WhereResult => words[StudentNotice.WhereResult];

    public Notice Restarted => new(NoticeKind.Restarted, words[StudentNotice.Restarted]);

    /// <summary>Restart asked for before anything was answered: there was nothing to clear, so do not say there was.</summary>
    public Notice RestartedFromNothing => new(NoticeKind.Restarted, words[StudentNotice.RestartedFromNothing]);

    public Notice Paused => new(NoticeKind.Paused, words[StudentNotice.PausedHowToResume]);

    public Notice Erased => new(NoticeKind.Erased, words[StudentNotice.ErasedEverything]);

    public Notice NothingToErase => new(NoticeKind.Erased, words[StudentNotice.NothingToErase]);

    public Notice QuestionnaireChanged => new(NoticeKind.QuestionnaireChanged, words[StudentNotice.QuestionnaireChanged]);

    public Notice ConversationLost => new(NoticeKind.ConversationLost, words[StudentNotice.ConversationLost]);

    public Notice TryAgainShortly => new(NoticeKind.TryAgainShortly, words[StudentNotice.TryAgainShortly]);

    public Notice Help => new(NoticeKind.Help, words[StudentNotice.Help]);

    public Notice FirstQuestion => new(NoticeKind.InvalidAnswer, words[StudentNotice.FirstQuestion]);

    public Notice NotYet => new(NoticeKind.InvalidAnswer, words[StudentNotice.NotYet]);

    public Notice TypeSectionNumber(int count) =>
        Invalid(words.Format(StudentNotice.TypeSectionNumber, ("count", count.ToString(CultureInfo.InvariantCulture))));

    public Notice TypeSummaryNumber => Invalid(words[StudentNotice.TypeSummaryNumber]);

    /// <summary>An answer refused; the message is the question's own (from config/questions.json) and says what is allowed.</summary>
    public static Notice Invalid(string message) => new(NoticeKind.InvalidAnswer, message);

    public Notice Ticked(int number, string task) => new(NoticeKind.Help, TaskNote(StudentNotice.Ticked, number, task));

    public Notice Unticked(int number, string task) => new(NoticeKind.Help, TaskNote(StudentNotice.Unticked, number, task));

    public Notice NoSuchTask(int count) =>
        Invalid(words.Format(StudentNotice.NoSuchTask, ("count", count.ToString(CultureInfo.InvariantCulture))));

    public Notice TaskDateSet(int number, string task, string date) => new(NoticeKind.Help,
        words.Format(StudentNotice.TaskDateSet, ("number", number.ToString(CultureInfo.InvariantCulture)), ("task", task), ("date", date)));

    public Notice TaskDateCleared(int number, string task) => new(NoticeKind.Help, TaskNote(StudentNotice.TaskDateCleared, number, task));

    public Notice UnreadableTaskDate => Invalid(words[StudentNotice.UnreadableTaskDate]);

    public Notice UnknownTimeZone(string zone) => Invalid(words.Format(StudentNotice.UnknownTimeZone, ("zone", zone)));

    public Notice TimeZoneSet(string zone) => new(NoticeKind.Help, words.Format(StudentNotice.TimeZoneSet, ("zone", zone)));

    public Notice RemindersOn(string zone) => new(NoticeKind.Help, words.Format(StudentNotice.RemindersOn, ("zone", zone)));

    public Notice RemindersOff => new(NoticeKind.Help, words[StudentNotice.RemindersOff]);

    public Notice RemindersUnavailable => new(NoticeKind.Help, words[StudentNotice.RemindersUnavailable]);

    public Notice StaleCalendar(string cycle) => new(NoticeKind.Help, words.Format(StudentNotice.StaleCalendar, ("cycle", cycle)));

    private string TaskNote(StudentNotice notice, int number, string task) =>
        words.Format(notice, ("number", number.ToString(CultureInfo.InvariantCulture)), ("task", task));
}
