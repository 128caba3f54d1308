namespace ResidencyAdvisor.Core;

/// <summary>
/// A short note shown around a turn, by an adapter or with the engine's reply; its words are in config/notices.json,
/// under the camelCase name.
/// </summary>
public enum StudentNotice
{
    /// <summary>A control on an older message was used after the conversation moved on.</summary>
    OutOfDate,

    /// <summary>What a message that showed the student's answers says once they asked to forget them.</summary>
    Erased,
    UnknownButton,
    UnknownCommand,
    UnreadableAnswer,
    CouldNotOpenForm,
    ContinuingInDirectMessage,
    NoDirectMessage,

    /// <summary>A reply with nothing to show.</summary>
    SomethingWentWrong,

    /// <summary>The number form's field label; {min} and {max} are the range.</summary>
    NumberInRange,

    /// <summary>The number form's field label when the range is not known.</summary>
    Number,

    /// <summary>An answered message's outcome; {answer} is the choice as shown.</summary>
    Answered,

    /// <summary>What <see cref="Answered"/> shows when no box was ticked.</summary>
    NoneTicked,

    /// <summary>A typed answer's outcome; {text} is what was typed.</summary>
    Replied,
    WentBack,
    StartedOver,
    Paused,
    AnswersErased,
    AnswersConfirmed,
    ChangingAnswer,

    /// <summary>What a reminder says once its Stop reminders button was used.</summary>
    RemindersStopped,

    // The notes that come with the engine's reply, on every channel.

    /// <summary>A second click on an answer already recorded.</summary>
    AlreadyRecorded,

    /// <summary>A returning student; {where} is <see cref="WhereQuestion"/>, <see cref="WhereSummary"/> or <see cref="WhereResult"/>.</summary>
    Resumed,

    /// <summary>{question} is the question's number, as "3 of 14".</summary>
    WhereQuestion,
    WhereSummary,
    WhereResult,
    Restarted,
    RestartedFromNothing,
    PausedHowToResume,
    ErasedEverything,
    NothingToErase,
    QuestionnaireChanged,
    ConversationLost,
    TryAgainShortly,
    Help,
    FirstQuestion,
    NotYet,

    /// <summary>Something typed on the result that is no command; {count} is the number of guidance sections.</summary>
    TypeSectionNumber,
    TypeSummaryNumber,

    // The season companion.

    /// <summary>{number} and {task}: the task ticked.</summary>
    Ticked,
    Unticked,

    /// <summary>{count}: how many tasks there are.</summary>
    NoSuchTask,

    /// <summary>{number}, {task} and {date}: the day the student set for a task.</summary>
    TaskDateSet,

    /// <summary>{number} and {task}: the task whose day was removed.</summary>
    TaskDateCleared,

    /// <summary>"date 3 ..." without a day that can be read.</summary>
    UnreadableTaskDate,

    /// <summary>{zone}: what the student typed.</summary>
    UnknownTimeZone,
    TimeZoneSet,
    RemindersOn,
    RemindersOff,
    RemindersUnavailable,

    /// <summary>Slack: the workspace installed before the app asked to upload files (files:write).</summary>
    PlanNeedsReinstall,

    /// <summary>{cycle}: the calendar's cycle.</summary>
    StaleCalendar,
}
