namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>What a button, select or modal does; the wire code is one short word.</summary>
internal enum CustomIdAction
{
    Start,
    Answer,
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
}
