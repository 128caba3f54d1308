namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The fixed rules of each question: its kind, choice ids and number range.</summary>
internal static class QuestionSpecs
{
    public const string NotTaken = "not-taken";
    public const string Yes = "yes";
    public const string No = "no";

    public static readonly NumberRange UsmleScore = new(1, 300);
    public static readonly NumberRange ComlexScore = new(9, 999);

    private static readonly string[] YesNoIds = [Yes, No];
    private static readonly string[] ExamIds = ["usmle", "comlex"];
    private static readonly string[] GeographyIds = ["anywhere", "preferred-regions", "specific-area"];
    private static readonly string[] ScoreShortcutIds = [NotTaken];
    private static readonly string[] SpecialtyChoiceIds = [.. SpecialtyIds.All.Select(s => s.Id())];

    public static PromptKind Kind(Step step) => step switch
    {
        Step.Exam or Step.Geography => PromptKind.SingleChoice,
        Step.Step2Score or Step.ExamFailures or Step.UsClinicalExperiences or Step.RadiologyLetters
            or Step.YearsSinceGraduation => PromptKind.Number,
        Step.BackupInterests or Step.WouldNotPractice => PromptKind.MultiChoice,
        _ => PromptKind.YesNo,
    };

    /// <summary>Every choice id a question may show; the wording file must label each (yes/no default).</summary>
    public static IReadOnlyList<string> RequiredChoiceIds(Step step) => step switch
    {
        Step.Exam => ExamIds,
        Step.Geography => GeographyIds,
        Step.Step2Score => ScoreShortcutIds,
        Step.BackupInterests or Step.WouldNotPractice => SpecialtyChoiceIds,
        _ when Kind(step) == PromptKind.YesNo => YesNoIds,
        _ => [],
    };

    /// <summary>The choices offered now; "would not practice" leaves out what the student is interested in.</summary>
    public static IReadOnlyList<string> OfferedChoiceIds(Step step, Answers answers) => step == Step.WouldNotPractice
        ? [.. SpecialtyChoiceIds.Where(id => answers.BackupInterests?.Any(s => s.Id() == id) != true)]
        : RequiredChoiceIds(step);

    /// <summary>Chat ranges: wide enough for any real student, narrow enough to catch a typo.</summary>
    public static NumberRange? Range(Step step, Answers answers) => step switch
    {
        Step.Step2Score => answers.Exam == ExamKind.Comlex ? ComlexScore : UsmleScore,
        Step.ExamFailures => new NumberRange(0, 10),
        Step.UsClinicalExperiences => new NumberRange(0, 50),
        Step.RadiologyLetters => new NumberRange(0, 20),
        Step.YearsSinceGraduation => new NumberRange(0, 50),
        _ => null,
    };

    public static string ExamName(ExamKind? exam) =>
        exam == ExamKind.Comlex ? "COMLEX Level 2-CE" : "USMLE Step 2 CK";
}
