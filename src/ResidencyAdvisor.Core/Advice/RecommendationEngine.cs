using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>The advisor's rules: score band, backup need with its escalations, path, backups and contingencies.</summary>
public static class RecommendationEngine
{
    public static Recommendation Recommend(StudentProfile p)
    {
        var band = ScoreBands.Classify(p.Exam, p.Step2Score);
        var reasons = new List<string> { ReasonKey.Band(band) };
        var need = BaseNeed(p, band, reasons);
        var weaknesses = Weaknesses(p);

        if (weaknesses.Count > 0)
        {
            reasons.Add(ReasonKey.WeakerProfile);
            need = Raise(need);
        }

        if (p.Reapplicant)
        {
            reasons.Add(ReasonKey.Reapplicant);
            need = Raise(need);
        }

        if (p.HasGraduationGap)
        {
            reasons.Add(ReasonKey.GraduationGap);
            need = Raise(need);
        }

        var specificArea = p.Geography == GeographyPreference.SpecificArea;
        if (specificArea || !p.OpenToCommunityPrograms)
        {
            // One escalation for a narrowed program list, whichever way it was narrowed.
            if (specificArea)
            {
                reasons.Add(ReasonKey.SpecificArea);
            }

            if (!p.OpenToCommunityPrograms)
            {
                reasons.Add(ReasonKey.AcademicOnly);
            }

            need = Raise(need);
        }

        var backups = Backups(p);
        var path = ChoosePath(p, weaknesses.Count == 0, backups.Count, reasons);
        return new Recommendation(path, need, band, backups, Contingencies(p, path), reasons, weaknesses);
    }

    private static BackupNeed BaseNeed(StudentProfile p, ScoreBand band, List<string> reasons)
    {
        if (p.ExamFailures > 0)
        {
            reasons.Add(ReasonKey.ExamFailure);
            return BackupNeed.StronglyRecommended;
        }

        return band switch
        {
            ScoreBand.Lower => BackupNeed.StronglyRecommended,
            ScoreBand.VeryStrong => BackupNeed.Optional,
            _ => BackupNeed.Recommended,
        };
    }

    private static List<string> Weaknesses(StudentProfile p)
    {
        var weaknesses = new List<string>(3);
        if (p.UsClinicalExperiences < 2)
        {
            weaknesses.Add(ReasonKey.FewClinical);
        }

        if (!p.UsRadiologyExperience)
        {
            weaknesses.Add(ReasonKey.NoRadiologyExperience);
        }

        if (p.RadiologyLetters < 1)
        {
            weaknesses.Add(ReasonKey.NoRadiologyLetter);
        }

        return weaknesses;
    }

    private static BackupNeed Raise(BackupNeed need) =>
        need == BackupNeed.StronglyRecommended ? need : need + 1;

    private static ApplicationPath ChoosePath(StudentProfile p, bool robustProfile, int backupCount, List<string> reasons)
    {
        var scoreClears = p.Step2Score is { } score && score >= ScoreBands.RadiologyOnlyThreshold(p.Exam);
        var qualifies = p.ExamFailures == 0 && scoreClears && robustProfile
            && p.Geography == GeographyPreference.Anywhere && p.OpenToCommunityPrograms
            && p.WillingToDoExtraYear && p.ComfortableWithUnmatchedRisk && !p.Reapplicant && !p.HasGraduationGap;
        if (qualifies)
        {
            reasons.Add(ReasonKey.RadiologyOnly);
            return ApplicationPath.RadiologyOnly;
        }

        if (backupCount == 0)
        {
            // Dual applying to a field the student would never practice helps nobody: say so first.
            reasons.Insert(0, ReasonKey.NoAcceptableBackup);
            return ApplicationPath.RadiologyOnly;
        }

        if (p.Step2Score is null)
        {
            reasons.Add(ReasonKey.ScoreNotTaken);
        }
        else if (!scoreClears)
        {
            reasons.Add(ReasonKey.ScoreBelowThreshold);
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

        return ApplicationPath.DualApply;
    }

    private static List<SpecialtyId> Backups(StudentProfile p)
    {
        var open = SpecialtyIds.All.Where(s => !p.WouldNotPractice.Contains(s)).ToList();
        return [.. open.Where(p.BackupInterests.Contains), .. open.Where(s => !p.BackupInterests.Contains(s))];
    }

    private static Contingency[] Contingencies(StudentProfile p, ApplicationPath path)
    {
        if (path == ApplicationPath.RadiologyOnly)
        {
            return [Contingency.TransitionalOrPreliminaryYear, Contingency.ResearchYear, Contingency.ReapplicationPlan, Contingency.Soap];
        }

        return p.WillingToDoExtraYear
            ? [Contingency.Soap, Contingency.TransitionalOrPreliminaryYear, Contingency.ResearchYear, Contingency.ReapplicationPlan]
            : [Contingency.Soap, Contingency.TransitionalOrPreliminaryYear, Contingency.ReapplicationPlan];
    }
}
