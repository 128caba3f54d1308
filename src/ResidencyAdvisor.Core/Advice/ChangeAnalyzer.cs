using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>
/// Finds the smallest sets of changes within the student's control that would open the radiology-only path or lower
/// the backup need, by re-running the rules on the profile with each set applied (at most 2^6 profiles).
/// </summary>
public static class ChangeAnalyzer
{
    public const string StepFewClinical = "step.few-clinical";
    public const string StepNoRadiologyExperience = "step.no-radiology-experience";
    public const string StepNoRadiologyLetter = "step.no-radiology-letter";
    public const string StepGraduationGap = "step.graduation-gap";
    public const string StepReapplicant = "step.reapplicant";
    public const string StepScoreNotTaken = "step.score-not-taken";
    public const string StepBeyondFour = "step.beyond-four";

    public static ChangeAnalysis Analyze(StudentProfile p)
    {
        var need = RecommendationEngine.Need(p);
        var already = RecommendationEngine.MeetsRadiologyOnlyConditions(p);
        var options = new List<ChangeOption>();
        if (!already)
        {
            options.AddRange(Smallest(p, Levers(p, ChangeGoal.RadiologyOnly), RecommendationEngine.MeetsRadiologyOnlyConditions, minimalOnly: false)
                .Select(set => new ChangeOption(ChangeGoal.RadiologyOnly, set, RecommendationEngine.Need(Apply(p, set)))));
        }

        // A set that already opens radiology-only states its need there; it is not repeated as a need-only option.
        options.AddRange(Smallest(p, Levers(p, ChangeGoal.LowerNeed), q => RecommendationEngine.Need(q) < need, minimalOnly: true)
            .Where(set => !options.Any(o => o.Changes.SequenceEqual(set)))
            .Select(set => new ChangeOption(ChangeGoal.LowerNeed, set, RecommendationEngine.Need(Apply(p, set)))));

        var pathHeldBy = already || options.Any(o => o.Goal == ChangeGoal.RadiologyOnly) ? [] : PathBlockers(p);
        var needHeldBy = options.Any(o => o.Goal == ChangeGoal.LowerNeed) || need == BackupNeed.Optional ? [] : NeedBasis(p);
        return new ChangeAnalysis(already, options, pathHeldBy, needHeldBy, Steps(p));
    }

    /// <summary>The profile as it would be with the changes made.</summary>
    public static StudentProfile Apply(StudentProfile p, IEnumerable<Lever> levers) => levers.Aggregate(p, (q, lever) => lever switch
    {
        Lever.UsClinicalExperiences => q with { UsClinicalExperiences = Math.Max(StudentProfile.EnoughUsClinicalExperiences, q.UsClinicalExperiences) },
        Lever.UsRadiologyExperience => q with { UsRadiologyExperience = true },
        Lever.RadiologyLetter => q with { RadiologyLetters = Math.Max(StudentProfile.EnoughRadiologyLetters, q.RadiologyLetters) },
        Lever.GeographyAnywhere => q with { Geography = GeographyPreference.Anywhere },
        Lever.GeographyWiden => q with { Geography = GeographyPreference.PreferredRegions },
        Lever.CommunityPrograms => q with { OpenToCommunityPrograms = true },
        Lever.ExtraYear => q with { WillingToDoExtraYear = true },
        _ => q with { ComfortableWithUnmatchedRisk = true },
    });

    private static List<Lever> Levers(StudentProfile p, ChangeGoal goal)
    {
        var levers = new List<Lever>();
        if (p.HasFewUsClinicalExperiences)
        {
            levers.Add(Lever.UsClinicalExperiences);
        }

        if (!p.UsRadiologyExperience)
        {
            levers.Add(Lever.UsRadiologyExperience);
        }

        if (p.LacksRadiologyLetter)
        {
            levers.Add(Lever.RadiologyLetter);
        }

        // Leaving one area for a few regions is enough for the need; radiology-only asks for going anywhere.
        if (goal == ChangeGoal.RadiologyOnly && p.Geography != GeographyPreference.Anywhere)
        {
            levers.Add(Lever.GeographyAnywhere);
        }
        else if (goal == ChangeGoal.LowerNeed && p.Geography == GeographyPreference.SpecificArea)
        {
            levers.Add(Lever.GeographyWiden);
        }

        if (!p.OpenToCommunityPrograms)
        {
            levers.Add(Lever.CommunityPrograms);
        }

        if (goal == ChangeGoal.RadiologyOnly && !p.WillingToDoExtraYear)
        {
            levers.Add(Lever.ExtraYear);
        }

        if (goal == ChangeGoal.RadiologyOnly && !p.ComfortableWithUnmatchedRisk)
        {
            levers.Add(Lever.RiskComfort);
        }

        return levers;
    }

    /// <summary>
    /// The subsets that reach the goal, smallest first. With <paramref name="minimalOnly"/>, every set none of whose
    /// proper subsets works; otherwise only those of the smallest size.
    /// </summary>
    private static List<IReadOnlyList<Lever>> Smallest(StudentProfile p, List<Lever> levers, Func<StudentProfile, bool> reaches, bool minimalOnly)
    {
        var found = new List<IReadOnlyList<Lever>>();
        var subsets = Enumerable.Range(1, (1 << levers.Count) - 1)
            .Select(mask => (IReadOnlyList<Lever>)[.. levers.Where((_, i) => (mask & (1 << i)) != 0)])
            .OrderBy(s => s.Count);
        foreach (var set in subsets)
        {
            if (found.Count > 0 && !minimalOnly && set.Count > found[0].Count)
            {
                break;
            }

            if (!found.Any(f => f.All(set.Contains)) && reaches(Apply(p, set)))
            {
                found.Add(set);
            }
        }

        return found;
    }

    private static List<FixedFactor> PathBlockers(StudentProfile p)
    {
        var blockers = new List<FixedFactor>();
        if (p.ExamFailures > 0)
        {
            blockers.Add(FixedFactor.ExamFailure);
        }

        if (p.Step2Score is null)
        {
            blockers.Add(FixedFactor.ScoreNotTaken);
        }
        else if (!RecommendationEngine.ScoreClearsBar(p))
        {
            blockers.Add(FixedFactor.ScoreBelowBar);
        }

        AddRecord(p, blockers);
        return blockers;
    }

    private static List<FixedFactor> NeedBasis(StudentProfile p)
    {
        var basis = new List<FixedFactor>();
        if (p.ExamFailures > 0)
        {
            basis.Add(FixedFactor.ExamFailure);
        }
        else if (p.Step2Score is null)
        {
            basis.Add(FixedFactor.ScoreNotTaken);
        }
        else if (ScoreBands.Classify(p.Exam, p.Step2Score) != ScoreBand.VeryStrong)
        {
            basis.Add(FixedFactor.ScoreBand);
        }

        AddRecord(p, basis);
        return basis;
    }

    private static void AddRecord(StudentProfile p, List<FixedFactor> factors)
    {
        if (p.Reapplicant)
        {
            factors.Add(FixedFactor.Reapplicant);
        }

        if (p.HasGraduationGap)
        {
            factors.Add(FixedFactor.GraduationGap);
        }
    }

    private static List<string> Steps(StudentProfile p)
    {
        var steps = new List<string>();
        if (p.Step2Score is null)
        {
            steps.Add(StepScoreNotTaken);
        }

        if (p.HasFewUsClinicalExperiences)
        {
            steps.Add(StepFewClinical);
        }

        if (!p.UsRadiologyExperience)
        {
            steps.Add(StepNoRadiologyExperience);
        }

        if (p.LacksRadiologyLetter)
        {
            steps.Add(StepNoRadiologyLetter);
        }

        if (p.HasGraduationGap)
        {
            steps.Add(StepGraduationGap);
        }

        if (p.Reapplicant)
        {
            steps.Add(StepReapplicant);
        }

        if (SpecialtyIds.All.All(p.WouldNotPractice.Contains))
        {
            steps.Add(StepBeyondFour);
        }

        return steps;
    }
}
