namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>What an interactive element asks for.</summary>
internal enum ActionKind
{
    Answer,
    Pick,
    SubmitChoices,
    Select,
    EnterNumber,
    Back,
    Restart,
    Pause,
    Forget,
    Edit,
    Confirm,
    Section,
    ShowResult,
}
