using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>The advisor's rules: score band, backup need with its escalations, path, backups and contingencies.</summary>
public static class RecommendationEngine
{
    public static Recommendation Recommend(StudentProfile p)
    {
        var band = ScoreBands.Classify(p.Exam, p.Step2Score);
        var reasons = new List<string> { ReasonKey.Band(band) };
        var need = Need(p, reasons);
        var weaknesses = Weaknesses(p);
        var backups = Backups(p);
        var qualifies = MeetsRadiologyOnlyConditions(p);
        var path = qualifies || backups.Count == 0 ? ApplicationPath.RadiologyOnly : ApplicationPath.DualApply;

        if (qualifies)
        {
            reasons.Add(ReasonKey.RadiologyOnly);
            if (need != BackupNeed.Optional)
            {
                // Only a 245-249 score qualifies below the very strong band: say why a backup is still weighed.
                reasons.Insert(0, ReasonKey.EdgeOfStrong);
            }
        }
        else if (backups.Count == 0)
        {
            // Dual applying to a field the student would never practice helps nobody: say so, and what it costs, first.
            reasons.InsertRange(0, [ReasonKey.NoAcceptableBackup, ReasonKey.NoBackupWaysForward]);
        }
        else
        {
            AddDualApplyReasons(p, reasons);
            if (need == BackupNeed.Optional)
            {
                reasons.Insert(0, ReasonKey.OptionalButDual);
            }

            reasons.Add(ReasonKey.DualCost);
        }

        if (p.Exam == ExamKind.Comlex && p.Step2Score is not null && !reasons.Contains(ReasonKey.ScoreBelowComlexBar))
        {
            reasons.Add(ReasonKey.ComlexBar);
        }

        return new Recommendation(path, need, band, backups, Contingencies(p, path), reasons, weaknesses, ChangeAnalyzer.Analyze(p));
    }

    /// <summary>Every radiology-only condition of the README's rules table.</summary>
    public static bool MeetsRadiologyOnlyConditions(StudentProfile p) =>
        p.ExamFailures == 0 && ScoreClearsBar(p) && Weaknesses(p).Count == 0
        && p.Geography == GeographyPreference.Anywhere && p.OpenToCommunityPrograms
        && p.WillingToDoExtraYear && p.ComfortableWithUnmatchedRisk && !p.Reapplicant && !p.HasGraduationGap;

    public static bool ScoreClearsBar(StudentProfile p) =>
        p.Step2Score is { } score && score >= ScoreBands.RadiologyOnlyThreshold(p.Exam);

    /// <summary>The backup need: the base from failures and band, one level up per escalation, capped.</summary>
    public static BackupNeed Need(StudentProfile p, List<string>? reasons = null)
    {
        var need = BaseNeed(p, reasons);
        if (Weaknesses(p).Count > 0)
        {
            reasons?.Add(ReasonKey.WeakerProfile);
            need = Raise(need);
        }

        if (p.Reapplicant)
        {
            reasons?.Add(ReasonKey.Reapplicant);
            need = Raise(need);
        }

        if (p.HasGraduationGap)
        {
            reasons?.Add(ReasonKey.GraduationGap);
            need = Raise(need);
        }

        var specificArea = p.Geography == GeographyPreference.SpecificArea;
        if (specificArea || !p.OpenToCommunityPrograms)
        {
            // One escalation for a narrowed program list, whichever way it was narrowed.
            if (specificArea)
            {
                reasons?.Add(ReasonKey.SpecificArea);
            }

            if (!p.OpenToCommunityPrograms)
            {
                reasons?.Add(ReasonKey.AcademicOnly);
            }

            need = Raise(need);
        }

        return need;
    }

    public static BackupNeed BaseNeed(StudentProfile p, List<string>? reasons = null)
    {
        if (p.ExamFailures > 0)
        {
            reasons?.Add(ReasonKey.ExamFailure);
            return BackupNeed.StronglyRecommended;
        }

        return ScoreBands.Classify(p.Exam, p.Step2Score) switch
        {
            ScoreBand.Lower => BackupNeed.StronglyRecommended,
            ScoreBand.VeryStrong => BackupNeed.Optional,
            _ => BackupNeed.Recommended,
        };
    }

    public static List<string> Weaknesses(StudentProfile p)
    {
        var weaknesses = new List<string>(3);
        if (p.HasFewUsClinicalExperiences)
        {
            weaknesses.Add(ReasonKey.FewClinical);
        }

        if (!p.UsRadiologyExperience)
        {
            weaknesses.Add(ReasonKey.NoRadiologyExperience);
        }

        if (p.LacksRadiologyLetter)
        {
            weaknesses.Add(ReasonKey.NoRadiologyLetter);
        }

        return weaknesses;
    }

    private static BackupNeed Raise(BackupNeed need) =>
        need == BackupNeed.StronglyRecommended ? need : need + 1;

    private static void AddDualApplyReasons(StudentProfile p, List<string> reasons)
    {
        if (p.Step2Score is null)
        {
            reasons.Add(ReasonKey.ScoreNotTaken);
        }
        else if (!ScoreClearsBar(p))
        {
            reasons.Add(p.Exam == ExamKind.Comlex ? ReasonKey.ScoreBelowComlexBar : ReasonKey.ScoreBelowThreshold);
        }

        if (p.Geography == GeographyPreference.PreferredRegions)
        {
            reasons.Add(ReasonKey.PreferredRegions);
        }

        if (!p.WillingToDoExtraYear)
        {
            reasons.Add(ReasonKey.NotWillingExtraYear);
        }

        if (!p.ComfortableWithUnmatchedRisk)
        {
            reasons.Add(ReasonKey.NotComfortableWithRisk);
        }
    }

    private static List<SpecialtyId> Backups(StudentProfile p)
    {
        var open = SpecialtyIds.All.Where(s => !p.WouldNotPractice.Contains(s)).ToList();
        return [.. open.Where(p.BackupInterests.Contains), .. open.Where(s => !p.BackupInterests.Contains(s))];
    }

    /// <summary>An extra year (transitional, preliminary or research) is offered only to a student who said they would do one.</summary>
    private static Contingency[] Contingencies(StudentProfile p, ApplicationPath path)
    {
        if (!p.WillingToDoExtraYear)
        {
            return [Contingency.Soap, Contingency.ReapplicationPlan];
        }

        return path == ApplicationPath.RadiologyOnly
            ? [Contingency.TransitionalOrPreliminaryYear, Contingency.ResearchYear, Contingency.ReapplicationPlan, Contingency.Soap]
            : [Contingency.Soap, Contingency.TransitionalOrPreliminaryYear, Contingency.ResearchYear, Contingency.ReapplicationPlan];
    }
}
