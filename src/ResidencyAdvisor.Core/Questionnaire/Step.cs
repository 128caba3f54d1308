namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// A point in the conversation, named by its stable kebab-case id: one question, the summary, or the result.
/// Open rather than an enum, so a question table (a test's, or a future release's) can add steps.
/// </summary>
public readonly record struct Step
{
    private readonly string? _id;

    /// <summary>A step with the given id, such as "exam" or "step2-score"; lower-case letters, digits and dashes.</summary>
    public Step(string id)
    {
        if (!IsWellFormed(id))
        {
            throw new ArgumentException($"'{id}' is not a kebab-case step id.", nameof(id));
        }

        _id = id;
    }

    public static Step Exam { get; } = new("exam");
    public static Step Step2Score { get; } = new("step2-score");
    public static Step ExamFailures { get; } = new("exam-failures");
    public static Step UsClinicalExperiences { get; } = new("us-clinical-experiences");
    public static Step UsRadiologyExperience { get; } = new("us-radiology-experience");
    public static Step RadiologyLetters { get; } = new("radiology-letters");
    public static Step Reapplicant { get; } = new("reapplicant");
    public static Step DualAppliedLastCycle { get; } = new("dual-applied-last-cycle");
    public static Step YearsSinceGraduation { get; } = new("years-since-graduation");
    public static Step ContinuousClinicalWork { get; } = new("continuous-clinical-work");
    public static Step Geography { get; } = new("geography");
    public static Step OpenToCommunityPrograms { get; } = new("open-to-community-programs");
    public static Step ComfortableWithUnmatchedRisk { get; } = new("comfortable-with-unmatched-risk");
    public static Step WillingToDoExtraYear { get; } = new("willing-to-do-extra-year");
    public static Step BackupInterests { get; } = new("backup-interests");
    public static Step WouldNotPractice { get; } = new("would-not-practice");
    public static Step Summary { get; } = new("summary");
    public static Step Done { get; } = new("done");

    /// <summary>True for every step but the summary and the result; whether a table asks it is the table's to say.</summary>
    public bool IsQuestion => _id is not null && this != Summary && this != Done;

    /// <summary>The stable id used in config files, custom ids and saved conversations.</summary>
    public string Id() => _id ?? "";

    /// <summary>Reads an id from a custom id or a saved conversation; false when it is not well formed.</summary>
    public static bool TryParse(string? id, out Step step)
    {
        step = IsWellFormed(id) ? new Step(id!) : default;
        return step._id is not null;
    }

    public override string ToString() => Id();

    private static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 60 && char.IsAsciiLetterLower(id[0]) && id[^1] != '-'
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
