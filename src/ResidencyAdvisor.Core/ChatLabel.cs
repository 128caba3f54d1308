namespace ResidencyAdvisor.Core;

/// <summary>
/// The fixed words of a chat message (a button, a menu's placeholder, a heading, a hint, a fallback), named for what
/// they are so both adapters share one where they say the same thing; the words are in config/labels.json under the
/// camelCase name.
/// </summary>
public enum ChatLabel
{
    // The controls under every question, summary and recommendation.
    Back,

    /// <summary>Start over, on a question, where the row of buttons is full.</summary>
    Restart,
    StartOver,
    Pause,
    ForgetMyAnswers,

    // A question.

    /// <summary>A menu of more choices than fit as buttons.</summary>
    ChooseOne,

    /// <summary>Sends the ticked boxes of a question where several apply.</summary>
    Submit,
    MultiChoiceHint,

    /// <summary>Opens the number form beside the quick picks of a count.</summary>
    ExactNumber,

    /// <summary>{range}: <see cref="NumberRange"/> or <see cref="AnyWholeNumber"/>.</summary>
    TypeExactNumberHint,

    /// <summary>Opens the number form of a question with no quick picks.</summary>
    EnterNumber,

    /// <summary>{range}: <see cref="NumberRange"/> or <see cref="AnyWholeNumber"/>.</summary>
    TypeNumberHint,

    /// <summary>{min} and {max}: the allowed range.</summary>
    NumberRange,
    AnyWholeNumber,

    /// <summary>{answer}: what the student answered before, shown when they change it.</summary>
    EarlierAnswer,

    /// <summary>What an answered message shows when its question's words are unknown.</summary>
    AnsweredQuestion,

    // The number form.
    NumberFormTitle,
    NumberFormSave,
    NumberFormCancel,

    /// <summary>{example}: the smallest number allowed.</summary>
    NumberFormExample,

    // The summary of answers.
    SummaryTitle,
    SummaryIntro,
    SummaryFallback,
    ChangeAnswer,
    SeeMyRecommendation,

    // The recommendation and its guidance.
    ResultTitle,
    BackToRecommendation,
    BackupSpecialty,
    ScoreBand,
    Why,

    /// <summary>After a backup the student named as an interest.</summary>
    InterestsYou,
    Challenges,
    WhoShouldConsider,
    YourPlan,

    /// <summary>{specialty}: a backup to prepare the guidance for.</summary>
    PrepareMeFor,
    GuidanceHint,

    // A paused conversation.
    Paused,
    PausedHint,

    /// <summary>After the preview text of each further message of a reply too long for one.</summary>
    Continued,

    // The season companion.
    SendMyPlan,
    MyChecklist,
    WhatsNext,
    RemindMe,
    StopReminders,

    /// <summary>The placeholder of the menu that ticks an open task.</summary>
    TickTask,

    /// <summary>The placeholder of the menu that takes a tick back.</summary>
    UntickTask,
    SeasonHint,
    ChecklistHint,

    /// <summary>{progress}: as "3 of 12 done".</summary>
    ChecklistTitle,

    /// <summary>{cycle}: the calendar's cycle.</summary>
    WhatsNextTitle,

    /// <summary>A link to a milestone's source when its date is not published yet.</summary>
    OfficialPage,

    /// <summary>{task}: a task still open before a milestone.</summary>
    StillOpen,

    /// <summary>{file} and {progress}: the plan's file name and its checklist's progress.</summary>
    PlanAttached,

    /// <summary>The title of the uploaded plan file.</summary>
    PlanFileTitle,

    // Discord only.

    /// <summary>{answer}: what the student answered before, under a question they came back to.</summary>
    AnswerSoFar,

    /// <summary>The menu of a question where several answers may apply.</summary>
    ChooseAnyThatApply,
    NoneOfThese,

    /// <summary>Opens the number form of a question with no quick picks.</summary>
    EnterYourAnswer,

    /// <summary>Opens the number form again after the number was refused.</summary>
    EnterAgain,
    YourAnswers,
    SummaryPickToChange,
    ChangeAnAnswer,

    /// <summary>After a backup the student named as an interest.</summary>
    YoureInterested,
    OpenSectionHint,

    /// <summary>{section}: the interview section's title, on its button.</summary>
    InterviewSection,
    BackToMyRecommendation,
    AnswersSaved,
    Continue,
    StartAgain,

    /// <summary>The placeholder of the checklist's time zone menu.</summary>
    ShowMyDatesIn,
    TickMenuFull,
    UntickMenuFull,
    AllDone,
    NothingComing,

    /// <summary>The plan file's alt text.</summary>
    PlanFileDescription,

    /// <summary>{count}: the open tasks a reminder does not list.</summary>
    MoreOnChecklist,

    // The /advise action choices that say more than their button.
    AdvisePlan,
    AdviseWhatsNext,
    AdviseReminders,
    AdviseForget,

    // What Discord's command picker says about /advise and its action option.
    AdviseCommandDescription,
    AdviseActionDescription,

    // Everywhere: the console chat and the shared words

    // How much a backup is needed and where the score sits; they also fill {backupNeed} and {newNeed} in the guidance.
    BackupNeedOptional,
    BackupNeedRecommended,
    BackupNeedStronglyRecommended,
    ScoreBandNotTaken,
    ScoreBandLower,
    ScoreBandMidRange,
    ScoreBandVeryStrong,
    WhatWouldChange,

    /// <summary>Above the backups a dual applicant who named none may pick.</summary>
    PickBackupPrompt,

    // The Markdown document: `advise --format markdown` and the plan file.
    Path,
    WhyItWorks,

    /// <summary>{progress}: as "3 of 12 done".</summary>
    PlanChecklistHeading,

    /// <summary>{cycle}: the calendar's cycle.</summary>
    SeasonDatesHeading,
    NotPublishedYet,

    /// <summary>{source} and {date}: a milestone's official page and the day it was checked.</summary>
    MilestoneSource,
    BackupsHeading,
    PlanBHeading,
    BackupLabel,
    PlanBLabel,

    /// <summary>{fields}: the ranked fields shown by name only.</summary>
    OtherBackups,

    /// <summary>{fields}: the other fields a radiology-only student left open.</summary>
    OtherPlanBFields,

    /// <summary>{contingencies}: their titles, joined.</summary>
    ContingencyLine,

    // The console chat.
    ConsoleWelcome,
    ConsoleBye,

    /// <summary>{answer}: the answer given before.</summary>
    ConsoleAnswerSoFar,

    /// <summary>{picks}, {last} and {max}: the quick picks but the last, the last, and the largest number.</summary>
    ConsoleTypePickOrNumber,

    /// <summary>{min}, {max} and {shortcuts}: the range and one <see cref="ConsoleOrShortcut"/> per shortcut.</summary>
    ConsoleTypeWholeNumber,

    /// <summary>{shortcut}: a choice a number question also takes.</summary>
    ConsoleOrShortcut,
    ConsoleNoneOfThese,
    ConsoleTypeZero,

    /// <summary>{number}: the only choice offered.</summary>
    ConsoleTypeOneOrZero,

    /// <summary>{example}: two numbers, as "1,3".</summary>
    ConsoleTypeSeveral,
    ConsoleTypeNumber,
    ConsoleQuestionCommands,
    ConsoleQuestionCommandsWithBack,
    ConsoleSummaryIntro,
    ConsoleSummaryHint,

    /// <summary>{backups}: the names of the backups to pick from.</summary>
    ConsoleTypeBackupName,
    ConsoleGuidanceMenu,
    ConsoleResultCommands,
    ConsoleSectionHint,
    ConsoleSectionCommands,
    ConsolePausedHint,
    ConsoleErasedHint,
    ConsoleChecklistHint,

    /// <summary>{cycle}: the calendar's cycle.</summary>
    ConsoleWhatsNextTitle,

    /// <summary>{source}: the official page of a milestone not published yet.</summary>
    ConsoleCheckSource,

    /// <summary>{path} and {progress}: where the plan file was written and its checklist's progress.</summary>
    ConsolePlanWritten,
}
