namespace ResidencyAdvisor.Core.Interactions;

/// <summary>
/// What a button, menu or form on a message asks for, the same on every platform. Each adapter maps these to its own
/// short wire codes with a <see cref="ControlCodes"/> table, so messages already posted keep working.
/// </summary>
public enum ControlAction
{
    /// <summary>Opens or resumes whatever the student has; belongs to no message.</summary>
    Start,
    Answer,

    /// <summary>Ticks a checkbox; the answer is read when <see cref="SubmitChoices"/> is pressed.</summary>
    Pick,
    SubmitChoices,
    Select,
    NoneOfThese,
    OpenNumber,
    SubmitNumber,
    Back,
    Restart,
    Pause,
    Forget,
    Edit,
    Confirm,
    Section,
    ShowResult,

    /// <summary>"Send me my plan": the plan as a Markdown file.</summary>
    Plan,

    /// <summary>"My checklist": the season's tasks with progress.</summary>
    Checklist,

    /// <summary>Ticks one checklist task done; the task's number is the control's first argument or the chosen value.</summary>
    TickTask,

    /// <summary>Takes a tick back; the task's number as for <see cref="TickTask"/>.</summary>
    UntickTask,

    /// <summary>The season's coming dates with the open tasks due before each.</summary>
    WhatsNext,

    /// <summary>Turns reminders on.</summary>
    RemindersOn,

    /// <summary>Stops every reminder.</summary>
    RemindersOff,

    /// <summary>Chooses the time zone dates are shown and reminded in; the chosen value is an IANA id.</summary>
    SetTimeZone,
}
