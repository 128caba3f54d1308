using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Testing;

/// <summary>
/// One student's answers by question step, as the values a button or a select sends (choice ids, numbers), in the order
/// the questionnaire asks them. A follow-up may be answered though this student is not asked it (the clinical-work one
/// of a recent graduate), for a test that changes an earlier answer so it is asked. Every scripted test answers from
/// one of these, so a change to the questions is made here once.
/// </summary>
public sealed class StudentAnswers
{
    private readonly (Step Step, string[] Values)[] _answers;

    private StudentAnswers(string name, params (Step Step, string[] Values)[] answers)
    {
        Name = name;
        _answers = answers;
    }

    /// <summary>A mid-range USMLE score (241), one radiology letter, wants a safety net, interested in internal medicine: dual apply.</summary>
    public static StudentAnswers MidRangeDualApply { get; } = new("mid-range USMLE, dual",
        (Step.Exam, ["usmle"]), (Step.Step2Score, ["241"]), (Step.ExamFailures, ["0"]), (Step.UsClinicalExperiences, ["3"]),
        (Step.UsRadiologyExperience, ["yes"]), (Step.RadiologyLetters, ["1"]), (Step.Reapplicant, ["no"]),
        (Step.YearsSinceGraduation, ["1"]), (Step.ContinuousClinicalWork, ["yes"]), (Step.Geography, ["anywhere"]),
        (Step.OpenToCommunityPrograms, ["yes"]), (Step.ComfortableWithUnmatchedRisk, ["no"]), (Step.WillingToDoExtraYear, ["yes"]),
        (Step.BackupInterests, ["internal-medicine"]), (Step.WouldNotPractice, []));

    /// <summary>The dual-apply student with a 240, two letters, comfortable with the risk, and no backup interest named.</summary>
    public static StudentAnswers MidRangeNoInterestNamed { get; } = MidRangeDualApply.With("mid-range USMLE, dual, no interest named",
        (Step.Step2Score, ["240"]), (Step.RadiologyLetters, ["2"]), (Step.ComfortableWithUnmatchedRisk, ["yes"]), (Step.BackupInterests, []));

    /// <summary>A high USMLE score (265), six US experiences, three letters, just graduated: radiology only.</summary>
    public static StudentAnswers RadiologyOnly { get; } = new("high USMLE, radiology only",
        (Step.Exam, ["usmle"]), (Step.Step2Score, ["265"]), (Step.ExamFailures, ["0"]), (Step.UsClinicalExperiences, ["6"]),
        (Step.UsRadiologyExperience, ["yes"]), (Step.RadiologyLetters, ["3"]), (Step.Reapplicant, ["no"]),
        (Step.YearsSinceGraduation, ["0"]), (Step.Geography, ["anywhere"]), (Step.OpenToCommunityPrograms, ["yes"]),
        (Step.ComfortableWithUnmatchedRisk, ["yes"]), (Step.WillingToDoExtraYear, ["yes"]),
        (Step.BackupInterests, []), (Step.WouldNotPractice, []));

    /// <summary>A high COMLEX score (720), eight US experiences, who would not practise family medicine: radiology only.</summary>
    public static StudentAnswers HighComlexRadiologyOnly { get; } = RadiologyOnly.With("high COMLEX, radiology only",
        (Step.Exam, ["comlex"]), (Step.Step2Score, ["720"]), (Step.UsClinicalExperiences, ["8"]), (Step.WouldNotPractice, ["family-medicine"]));

    /// <summary>No score yet, two failures, a reapplicant nine years out of school without continuous clinical work.</summary>
    public static StudentAnswers ScoreToComeReapplicant { get; } = new("score to come, reapplicant, long out of school",
        (Step.Exam, ["usmle"]), (Step.Step2Score, [StandardQuestions.NotTaken]), (Step.ExamFailures, ["2"]), (Step.UsClinicalExperiences, ["0"]),
        (Step.UsRadiologyExperience, ["no"]), (Step.RadiologyLetters, ["0"]), (Step.Reapplicant, ["yes"]), (Step.DualAppliedLastCycle, ["yes"]),
        (Step.YearsSinceGraduation, ["9"]), (Step.ContinuousClinicalWork, ["no"]), (Step.Geography, ["specific-area"]),
        (Step.OpenToCommunityPrograms, ["no"]), (Step.ComfortableWithUnmatchedRisk, ["no"]), (Step.WillingToDoExtraYear, ["no"]),
        (Step.BackupInterests, ["internal-medicine", "family-medicine", "psychiatry", "neurology"]), (Step.WouldNotPractice, []));

    /// <summary>Every named student, for theories.</summary>
    public static IReadOnlyList<StudentAnswers> All { get; } =
        [MidRangeDualApply, MidRangeNoInterestNamed, RadiologyOnly, HighComlexRadiologyOnly, ScoreToComeReapplicant];

    /// <summary>What kind of student this is, as a theory shows it.</summary>
    public string Name { get; }

    /// <summary>Every step this student has an answer for, in questionnaire order (asked or not).</summary>
    public IEnumerable<Step> Steps => _answers.Select(a => a.Step);

    /// <summary>
    /// What the student types, one message a question asked, from the first question to the summary: the values as they
    /// are, several choices joined with commas, "none" for no choice.
    /// </summary>
    public string[] Typed => [.. Asked(new Answers()).Select(a => a.Values.Length == 0 ? "none" : string.Join(", ", a.Values))];

    /// <summary><see cref="Typed"/>, then "0" at the summary (nothing to change), which shows the recommendation.</summary>
    public string[] TypedAndConfirmed => [.. Typed, "0"];

    /// <summary>The values this student sends for <paramref name="step"/>; throws for a step they have no answer for.</summary>
    public IReadOnlyList<string> For(Step step) =>
        _answers.FirstOrDefault(a => a.Step == step).Values ?? throw new InvalidOperationException($"The {Name} student has no answer for {step}.");

    /// <summary>
    /// The validated profile the recommendation reads, built by recording each answer the way the questionnaire does,
    /// for rule tests that start from a whole student; throws naming the answer the questionnaire refuses.
    /// </summary>
    public StudentProfile Profile()
    {
        var answers = new Answers();
        Asked(answers);
        return StudentProfile.From(answers) ?? throw new InvalidOperationException($"The {Name} student has not answered every question.");
    }

    /// <summary>The same student with some answers changed (steps they are not asked are added in questionnaire order).</summary>
    public StudentAnswers With(string name, params (Step Step, string[] Values)[] changes)
    {
        var changed = _answers.Select(a => changes.FirstOrDefault(c => c.Step == a.Step) is { Values: not null } c ? c : a).ToList();
        foreach (var added in changes.Where(c => !_answers.Any(a => a.Step == c.Step)))
        {
            var order = QuestionTable.Standard.Steps.ToList();
            var at = changed.FindIndex(a => order.IndexOf(a.Step) > order.IndexOf(added.Step));
            changed.Insert(at < 0 ? changed.Count : at, added);
        }

        return new(name, [.. changed]);
    }

    public override string ToString() => Name;

    /// <summary>The answers the questionnaire asks for, in order, each recorded into <paramref name="answers"/> as it goes.</summary>
    private List<(Step Step, string[] Values)> Asked(Answers answers)
    {
        var parser = new AnswerParser(TestContent.Content.Questions);
        var asked = new List<(Step, string[])>();
        foreach (var (step, values) in _answers)
        {
            if (!QuestionTable.Standard.Applies(step, answers))
            {
                continue;
            }

            var parsed = parser.Parse(step, answers, values);
            if (parsed.Value is not { } value)
            {
                throw new InvalidOperationException($"The {Name} student's answer to {step} is refused: {parsed.Problem}");
            }

            QuestionTable.Standard.Record(answers, step, value);

            asked.Add((step, values));
        }

        return asked;
    }
}
