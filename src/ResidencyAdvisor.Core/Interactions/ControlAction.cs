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

    // The season companion: each asks for the InputKind of the same name. A tick names its task by number (the
    // control's first argument or the chosen value); the time zone is the chosen value, an IANA id.
    Plan,
    Checklist,
    TickTask,
    UntickTask,
    WhatsNext,
    RemindersOn,
    RemindersOff,
    SetTimeZone,
}
