using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Advice;

public class ApplicationPathTests
{
    private static readonly StudentProfile Strong = Profiles.RadiologyOnlyCandidate();

    private static ApplicationPath PathOf(StudentProfile p) => RecommendationEngine.Recommend(p).Path;

    [Fact]
    public void A_candidate_meeting_every_condition_applies_to_radiology_only()
    {
        var r = RecommendationEngine.Recommend(Strong);
        Assert.Equal(ApplicationPath.RadiologyOnly, r.Path);
        Assert.Contains(ReasonKey.RadiologyOnly, r.ReasonKeys);
    }

    [Theory]
    [InlineData(245, ApplicationPath.RadiologyOnly)]
    [InlineData(244, ApplicationPath.DualApply)]
    [InlineData(250, ApplicationPath.RadiologyOnly)]
    [InlineData(249, ApplicationPath.RadiologyOnly)]
    public void Usmle_radiology_only_needs_245_or_more(int score, ApplicationPath expected) =>
        Assert.Equal(expected, PathOf(Strong with { Step2Score = score }));

    [Theory]
    [InlineData(640, ApplicationPath.RadiologyOnly)]
    [InlineData(639, ApplicationPath.DualApply)]
    public void Comlex_radiology_only_needs_640_or_more(int score, ApplicationPath expected) =>
        Assert.Equal(expected, PathOf(Profiles.Comlex(score)));

    [Fact]
    public void A_score_of_244_names_the_score_and_the_threshold()
    {
        var r = RecommendationEngine.Recommend(Strong with { Step2Score = 244 });
        Assert.Contains(ReasonKey.ScoreBelowThreshold, r.ReasonKeys);
    }

    public static TheoryData<string, StudentProfile, string> Disqualifiers => new()
    {
        { "an exam failure", Strong with { ExamFailures = 1 }, ReasonKey.ExamFailure },
        { "no score yet", Strong with { Step2Score = null }, ReasonKey.ScoreNotTaken },
        { "one US clinical experience", Strong with { UsClinicalExperiences = 1 }, ReasonKey.WeakerProfile },
        { "no US radiology experience", Strong with { UsRadiologyExperience = false }, ReasonKey.WeakerProfile },
        { "no radiology letter", Strong with { RadiologyLetters = 0 }, ReasonKey.WeakerProfile },
        { "preferred regions", Strong with { Geography = GeographyPreference.PreferredRegions }, ReasonKey.PreferredRegions },
        { "a specific area", Strong with { Geography = GeographyPreference.SpecificArea }, ReasonKey.SpecificArea },
        { "academic programs only", Strong with { OpenToCommunityPrograms = false }, ReasonKey.AcademicOnly },
        { "no extra year", Strong with { WillingToDoExtraYear = false }, ReasonKey.NotWillingExtraYear },
        { "uneasy about going unmatched", Strong with { ComfortableWithUnmatchedRisk = false }, ReasonKey.NotComfortableWithRisk },
        { "a reapplicant", Strong with { Reapplicant = true }, ReasonKey.Reapplicant },
        { "a gap without clinical work", Strong with { YearsSinceGraduation = 4, ContinuousClinicalWork = false }, ReasonKey.GraduationGap },
    };

    [Theory]
    [MemberData(nameof(Disqualifiers))]
    public void Any_unmet_condition_means_dual_apply_with_a_reason_naming_it(string because, StudentProfile profile, string reason)
    {
        var r = RecommendationEngine.Recommend(profile);
        Assert.True(r.Path == ApplicationPath.DualApply, because);
        Assert.Contains(reason, r.ReasonKeys);
        Assert.DoesNotContain(ReasonKey.RadiologyOnly, r.ReasonKeys);
    }

    [Fact]
    public void A_student_who_would_practice_none_of_the_backups_applies_to_radiology_only_with_contingencies_leading()
    {
        var r = RecommendationEngine.Recommend(Strong with { Step2Score = 230, WouldNotPractice = SpecialtyIds.All });
        Assert.Equal(ApplicationPath.RadiologyOnly, r.Path);
        Assert.Equal(ReasonKey.NoAcceptableBackup, r.ReasonKeys[0]);
        Assert.Empty(r.BackupSpecialties);
        Assert.Equal(
            [Contingency.TransitionalOrPreliminaryYear, Contingency.ResearchYear, Contingency.ReapplicationPlan],
            r.Contingencies.Take(3));
    }

    [Fact]
    public void Dual_apply_keeps_SOAP_first_among_the_contingencies()
    {
        var r = RecommendationEngine.Recommend(Strong with { Step2Score = 230 });
        Assert.Equal(ApplicationPath.DualApply, r.Path);
        Assert.Equal(Contingency.Soap, r.Contingencies[0]);
        Assert.Contains(Contingency.TransitionalOrPreliminaryYear, r.Contingencies);
    }

    [Fact]
    public void A_student_unwilling_to_do_an_extra_year_is_not_offered_a_research_year() =>
        Assert.DoesNotContain(Contingency.ResearchYear,
            RecommendationEngine.Recommend(Strong with { WillingToDoExtraYear = false }).Contingencies);
}
