namespace ResidencyAdvisor.Core.Conversations;

/// <summary>What the student did.</summary>
public enum InputKind
{
    /// <summary>Opened the advisor (/advise, a first DM): starts or resumes.</summary>
    Start,

    /// <summary>Typed free text, read as an answer or a command word.</summary>
    Text,

    /// <summary>Clicked or selected an answer to <see cref="UserInput.Step"/>.</summary>
    Answer,
    Back,
    Restart,

    /// <summary>Paused the questionnaire (a Pause button, "pause", "stop" or "cancel" typed); answers stay saved.</summary>
    Pause,

    /// <summary>Asked to change one answer from the summary.</summary>
    Edit,

    /// <summary>Confirmed the summary and asked for the recommendation.</summary>
    Confirm,

    /// <summary>Asked to erase everything saved about them.</summary>
    Forget,

    /// <summary>Opened one section of the guidance.</summary>
    Section,

    /// <summary>Asked to see the recommendation again.</summary>
    ShowResult,

    /// <summary>Asked for the plan as a Markdown file ("Send me my plan").</summary>
    Plan,

    /// <summary>Asked for the season checklist.</summary>
    Checklist,

    /// <summary>Ticked a checklist task done; <see cref="UserInput.Values"/> holds its number or id.</summary>
    TickTask,

    /// <summary>Took a tick back; <see cref="UserInput.Values"/> holds the task's number or id.</summary>
    UntickTask,

    /// <summary>Asked what comes next in the season.</summary>
    WhatsNext,

    /// <summary>Asked for reminders before the season's dates.</summary>
    RemindersOn,

    /// <summary>Asked to stop every reminder.</summary>
    RemindersOff,

    /// <summary>Chose the time zone their dates are shown in; <see cref="UserInput.Values"/> holds an IANA id.</summary>
    SetTimeZone,

    /// <summary>Set or removed their own day for a task; <see cref="UserInput.Values"/> holds its number and a day or "none".</summary>
    SetTaskDate,
}
