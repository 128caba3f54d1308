namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The advisor's questions in the order they are asked: the one place a question's rules are written.</summary>
public static class StandardQuestions
{
    public const string NotTaken = "not-taken";

    public static readonly NumberRange UsmleScore = new(1, 300);
    public static readonly NumberRange ComlexScore = new(9, 999);

    private static readonly string[] SpecialtyChoiceIds = [.. SpecialtyIds.All.Select(s => s.Id())];

    public static IReadOnlyList<Question> All { get; } =
    [
        new ChoiceQuestion(Step.Exam, "exam", [.. ExamIds.All.Select(e => e.Id())])
        {
            // A score on the other exam's scale means nothing: ask for it again.
            Resets = [Step.Step2Score],
        },
        new NumberQuestion(Step.Step2Score, "score", a => a.Exam == ExamKind.Comlex ? ComlexScore : UsmleScore)
        {
            Shortcut = NotTaken,
            ShortcutWords = ["not taken", "not taken yet", "not yet", "n/a", "na", "none", "no score"],
            Subject = a => $"your {ExamIds.ScoreName(a.Exam)} score",
            SavedAnsweredName = "scoreSet",
            FileRangeNote = a => $" for {(a.Exam ?? ExamKind.Usmle).ShortName()}",
            FileNullMeans = "not taken yet",
        },
        // Quick picks up to "3 or more": the rules read failures at 1, US experiences at 2, letters at 1 and years at 3,
        // and the reasons print the count (an exact count below 3, or "3 or more").
        Count(Step.ExamFailures, "fail", 10),
        Count(Step.UsClinicalExperiences, "clin", 50),
        new YesNoQuestion(Step.UsRadiologyExperience, "radx"),
        Count(Step.RadiologyLetters, "lett", 20),
        new YesNoQuestion(Step.Reapplicant, "reap"),
        new YesNoQuestion(Step.DualAppliedLastCycle, "dual")
        {
            // What a reapplicant should change depends on whether last cycle already had a backup.
            AppliesWhen = a => a.Reapplicant == true,
        },
        Count(Step.YearsSinceGraduation, "yrs", 50),
        new YesNoQuestion(Step.ContinuousClinicalWork, "cont")
        {
            // Only a gap of three or more years needs explaining.
            AppliesWhen = a => a.YearsSinceGraduation is >= 3,
        },
        new ChoiceQuestion(Step.Geography, "geo", [.. GeographyIds.All.Select(g => g.Id())]),
        new YesNoQuestion(Step.OpenToCommunityPrograms, "comm"),
        new YesNoQuestion(Step.ComfortableWithUnmatchedRisk, "risk"),
        new YesNoQuestion(Step.WillingToDoExtraYear, "extra"),
        new MultiChoiceQuestion(Step.BackupInterests, "int", SpecialtyChoiceIds) { FileItemsName = "specialty ids" },
        new MultiChoiceQuestion(Step.WouldNotPractice, "not", SpecialtyChoiceIds)
        {
            ExcludesChosenIn = Step.BackupInterests,
            FileItemsName = "specialty ids",
        },
    ];

    private static NumberQuestion Count(Step step, string savedName, int max) =>
        new(step, savedName, _ => new NumberRange(0, max)) { OpenEndedInFiles = true, OrMoreFrom = 3 };
}
