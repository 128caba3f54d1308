namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// What the student has told the advisor so far, by question id; a question with no value is not answered yet.
/// The typed properties read and write the built-in questions' answers for <see cref="StudentProfile"/>.
/// </summary>
public sealed class Answers
{
    private readonly Dictionary<Step, AnswerValue> _values;

    public Answers()
    {
        _values = [];
    }

    private Answers(Dictionary<Step, AnswerValue> values)
    {
        _values = values;
    }

    /// <summary>A copy to change without touching this one (the values themselves are immutable).</summary>
    public Answers Copy() => new(new Dictionary<Step, AnswerValue>(_values));

    /// <summary>The answer to a question, or null; setting null clears it.</summary>
    public AnswerValue? this[Step step]
    {
        get => _values.GetValueOrDefault(step);
        set
        {
            if (value is null)
            {
                _values.Remove(step);
            }
            else
            {
                _values[step] = value;
            }
        }
    }

    public bool IsAnswered(Step step) => _values.ContainsKey(step);

    /// <summary>True while no question has been answered.</summary>
    public bool IsEmpty => _values.Count == 0;

    public ExamKind? Exam
    {
        get => ExamIds.TryParse(this[Step.Exam]?.Id, out var exam) ? exam : null;
        set => this[Step.Exam] = value is { } exam ? AnswerValue.Choice(exam.Id()) : null;
    }

    /// <summary>Set once the score question is answered; <see cref="Step2Score"/> null then means "not taken yet".</summary>
    public bool ScoreAnswered
    {
        get => IsAnswered(Step.Step2Score);
        set
        {
            if (!value)
            {
                this[Step.Step2Score] = null;
            }
            else if (!IsAnswered(Step.Step2Score))
            {
                this[Step.Step2Score] = AnswerValue.Choice(StandardQuestions.NotTaken);
            }
        }
    }

    public int? Step2Score
    {
        get => Number(Step.Step2Score);
        set
        {
            if (value is { } score)
            {
                this[Step.Step2Score] = AnswerValue.Of(score);
            }
            else if (IsAnswered(Step.Step2Score))
            {
                this[Step.Step2Score] = AnswerValue.Choice(StandardQuestions.NotTaken);
            }
        }
    }

    public int? ExamFailures { get => Number(Step.ExamFailures); set => SetNumber(Step.ExamFailures, value); }
    public int? UsClinicalExperiences { get => Number(Step.UsClinicalExperiences); set => SetNumber(Step.UsClinicalExperiences, value); }
    public bool? UsRadiologyExperience { get => YesNo(Step.UsRadiologyExperience); set => SetYesNo(Step.UsRadiologyExperience, value); }
    public int? RadiologyLetters { get => Number(Step.RadiologyLetters); set => SetNumber(Step.RadiologyLetters, value); }
    public bool? Reapplicant { get => YesNo(Step.Reapplicant); set => SetYesNo(Step.Reapplicant, value); }
    public bool? DualAppliedLastCycle { get => YesNo(Step.DualAppliedLastCycle); set => SetYesNo(Step.DualAppliedLastCycle, value); }
    public int? YearsSinceGraduation { get => Number(Step.YearsSinceGraduation); set => SetNumber(Step.YearsSinceGraduation, value); }
    public bool? ContinuousClinicalWork { get => YesNo(Step.ContinuousClinicalWork); set => SetYesNo(Step.ContinuousClinicalWork, value); }

    public GeographyPreference? Geography
    {
        get => GeographyIds.TryParse(this[Step.Geography]?.Id, out var geography) ? geography : null;
        set => this[Step.Geography] = value is { } geography ? AnswerValue.Choice(geography.Id()) : null;
    }

    public bool? OpenToCommunityPrograms { get => YesNo(Step.OpenToCommunityPrograms); set => SetYesNo(Step.OpenToCommunityPrograms, value); }
    public bool? ComfortableWithUnmatchedRisk { get => YesNo(Step.ComfortableWithUnmatchedRisk); set => SetYesNo(Step.ComfortableWithUnmatchedRisk, value); }
    public bool? WillingToDoExtraYear { get => YesNo(Step.WillingToDoExtraYear); set => SetYesNo(Step.WillingToDoExtraYear, value); }
    public IReadOnlyList<SpecialtyId>? BackupInterests { get => Specialties(Step.BackupInterests); set => SetSpecialties(Step.BackupInterests, value); }
    public IReadOnlyList<SpecialtyId>? WouldNotPractice { get => Specialties(Step.WouldNotPractice); set => SetSpecialties(Step.WouldNotPractice, value); }

    private int? Number(Step step) => this[step]?.Number;

    private void SetNumber(Step step, int? value) => this[step] = value is { } n ? AnswerValue.Of(n) : null;

    private bool? YesNo(Step step) => this[step]?.Id switch
    {
        YesNoQuestion.Yes => true,
        YesNoQuestion.No => false,
        _ => null,
    };

    private void SetYesNo(Step step, bool? value) => this[step] = value is { } yes ? YesNoQuestion.From(yes) : null;

    private SpecialtyId[]? Specialties(Step step) => this[step] is { } value
        ? [.. value.Ids.Select(id => SpecialtyIds.TryParse(id, out var s) ? (SpecialtyId?)s : null).OfType<SpecialtyId>()]
        : null;

    private void SetSpecialties(Step step, IReadOnlyList<SpecialtyId>? value) =>
        this[step] = value is null ? null : AnswerValue.Choices([.. value.Select(s => s.Id())]);
}
