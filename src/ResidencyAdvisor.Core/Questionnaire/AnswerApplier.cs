using System.Globalization;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Validates what the student sent for a question and records it, or explains what is allowed.</summary>
public sealed class AnswerApplier(QuestionCatalog catalog)
{
    private static readonly string[] NoneWords = ["none", "0", "no", "none of these", "nothing", "-"];
    private static readonly string[] NotTakenWords = ["not taken", "not taken yet", "not yet", "n/a", "na", "none", "no score"];

    /// <summary>Records the answer and returns null, or returns a message saying what is allowed.</summary>
    public string? TryApply(Step step, Answers answers, IReadOnlyList<string> values)
    {
        var cleaned = IsClean(values) ? values : [.. values.Select(v => v.Trim()).Where(v => v.Length > 0)];
        return QuestionSpecs.Kind(step) switch
        {
            PromptKind.Number => ApplyNumber(step, answers, cleaned),
            PromptKind.MultiChoice => ApplyMulti(step, answers, cleaned),
            _ => ApplySingle(step, answers, cleaned),
        };
    }

    private string? ApplyNumber(Step step, Answers answers, IReadOnlyList<string> values)
    {
        var range = QuestionSpecs.Range(step, answers)!;
        var raw = values.Count == 1 ? values[0] : "";
        if (step == Step.Step2Score && (raw == QuestionSpecs.NotTaken || Matches(raw, NotTakenWords)
                || Matches(raw, [catalog.Label(step, QuestionSpecs.NotTaken)])))
        {
            answers.Step2Score = null;
            answers.ScoreAnswered = true;
            return null;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || !range.Contains(value))
        {
            return step == Step.Step2Score
                ? $"Please enter your {QuestionSpecs.ExamName(answers.Exam)} score as a whole number from {range.Min} to {range.Max}, or choose \"{catalog.Label(step, QuestionSpecs.NotTaken)}\"."
                : $"Please enter a whole number from {range.Min} to {range.Max}.";
        }

        switch (step)
        {
            case Step.Step2Score: answers.Step2Score = value; answers.ScoreAnswered = true; break;
            case Step.ExamFailures: answers.ExamFailures = value; break;
            case Step.UsClinicalExperiences: answers.UsClinicalExperiences = value; break;
            case Step.RadiologyLetters: answers.RadiologyLetters = value; break;
            default: SetYears(answers, value); break;
        }

        return null;
    }

    private static void SetYears(Answers answers, int years)
    {
        answers.YearsSinceGraduation = years;
        if (years < 3)
        {
            // The continuous-work question no longer applies; keep no stale answer to it.
            answers.ContinuousClinicalWork = null;
        }
    }

    private string? ApplySingle(Step step, Answers answers, IReadOnlyList<string> values)
    {
        var offered = QuestionSpecs.OfferedChoiceIds(step, answers);
        var id = values.Count == 1 ? Resolve(step, offered, values[0]) : null;
        if (id is null)
        {
            return $"Please choose one of: {string.Join(", ", offered.Select(o => catalog.Label(step, o)))}.";
        }

        var yes = id == QuestionSpecs.Yes;
        switch (step)
        {
            case Step.Exam:
                var exam = id == "comlex" ? ExamKind.Comlex : ExamKind.Usmle;
                if (answers.Exam != exam)
                {
                    // A score on the other exam's scale means nothing: ask for it again.
                    answers.Step2Score = null;
                    answers.ScoreAnswered = false;
                }

                answers.Exam = exam;
                break;
            case Step.Geography:
                answers.Geography = id switch
                {
                    "specific-area" => GeographyPreference.SpecificArea,
                    "preferred-regions" => GeographyPreference.PreferredRegions,
                    _ => GeographyPreference.Anywhere,
                };
                break;
            case Step.UsRadiologyExperience: answers.UsRadiologyExperience = yes; break;
            case Step.Reapplicant: answers.Reapplicant = yes; break;
            case Step.ContinuousClinicalWork: answers.ContinuousClinicalWork = yes; break;
            case Step.OpenToCommunityPrograms: answers.OpenToCommunityPrograms = yes; break;
            case Step.ComfortableWithUnmatchedRisk: answers.ComfortableWithUnmatchedRisk = yes; break;
            default: answers.WillingToDoExtraYear = yes; break;
        }

        return null;
    }

    private string? ApplyMulti(Step step, Answers answers, IReadOnlyList<string> values)
    {
        var offered = QuestionSpecs.OfferedChoiceIds(step, answers);
        var parts = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var chosen = new List<SpecialtyId>();
        if (!(parts.Length == 0 || (parts.Length == 1 && Matches(parts[0], NoneWords))))
        {
            foreach (var part in parts)
            {
                if (Resolve(step, offered, part) is not { } id || !SpecialtyIds.TryParse(id, out var specialty))
                {
                    return $"I didn't recognise \"{Shorten(part)}\". Choose any of: {string.Join(", ", offered.Select(o => catalog.Label(step, o)))} (separate them with commas), or \"none\".";
                }

                if (!chosen.Contains(specialty))
                {
                    chosen.Add(specialty);
                }
            }
        }

        // Keep the canonical order so the saved answer and the summary read the same every time.
        var ordered = SpecialtyIds.All.Where(chosen.Contains).ToArray();
        if (step == Step.BackupInterests)
        {
            answers.BackupInterests = ordered;
            if (answers.WouldNotPractice is { } excluded)
            {
                answers.WouldNotPractice = [.. excluded.Where(s => !ordered.Contains(s))];
            }
        }
        else
        {
            answers.WouldNotPractice = ordered;
        }

        return null;
    }

    private string? Resolve(Step step, IReadOnlyList<string> offered, string raw)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 1 && index <= offered.Count)
        {
            return offered[index - 1];
        }

        foreach (var id in offered)
        {
            if (Same(raw, id) || Same(raw, catalog.Label(step, id)))
            {
                return id;
            }
        }

        if (QuestionSpecs.Kind(step) == PromptKind.YesNo)
        {
            if (Matches(raw, ["y", "yes", "yeah", "yep", "true"]))
            {
                return QuestionSpecs.Yes;
            }

            if (Matches(raw, ["n", "no", "nope", "false"]))
            {
                return QuestionSpecs.No;
            }
        }

        return null;
    }

    private static bool Matches(string raw, IEnumerable<string> candidates) => candidates.Any(c => Same(raw, c));

    private static bool Same(string raw, string candidate) =>
        raw.AsSpan().Trim().TrimEnd(".!").Equals(candidate, StringComparison.OrdinalIgnoreCase);

    private static bool IsClean(IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
