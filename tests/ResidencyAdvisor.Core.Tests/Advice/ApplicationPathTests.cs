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
        Assert.Contains("radiology-only", r.ReasonKeys);
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
        Assert.Contains("score-below-bar", r.ReasonKeys);
    }

    public static TheoryData<string, StudentProfile, string> Disqualifiers => new()
    {
        { "an exam failure", Strong with { ExamFailures = 1 }, "exam-failure" },
        { "no score yet", Strong with { Step2Score = null }, "score-not-taken" },
        { "one US clinical experience", Strong with { UsClinicalExperiences = 1 }, "weaker-profile" },
        { "no US radiology experience", Strong with { UsRadiologyExperience = false }, "weaker-profile" },
        { "no radiology letter", Strong with { RadiologyLetters = 0 }, "weaker-profile" },
        { "preferred regions", Strong with { Geography = GeographyPreference.PreferredRegions }, "preferred-regions" },
        { "a specific area", Strong with { Geography = GeographyPreference.SpecificArea }, "narrowed-search" },
        { "academic programs only", Strong with { OpenToCommunityPrograms = false }, "narrowed-search" },
        { "no extra year", Strong with { WillingToDoExtraYear = false }, "no-extra-year" },
        { "uneasy about going unmatched", Strong with { ComfortableWithUnmatchedRisk = false }, "not-comfortable-with-risk" },
        { "a reapplicant", Strong with { Reapplicant = true }, "reapplicant" },
        { "a gap without clinical work", Strong with { YearsSinceGraduation = 4, ContinuousClinicalWork = false }, "graduation-gap" },
    };

    [Theory]
    [MemberData(nameof(Disqualifiers))]
    public void Any_unmet_condition_means_dual_apply_with_a_reason_naming_it(string because, StudentProfile profile, string reason)
    {
        var r = RecommendationEngine.Recommend(profile);
        Assert.True(r.Path == ApplicationPath.DualApply, because);
        Assert.Contains(reason, r.ReasonKeys);
        Assert.DoesNotContain("radiology-only", r.ReasonKeys);
    }

    [Fact]
    public void A_student_who_would_practice_none_of_the_backups_applies_to_radiology_only_with_contingencies_leading()
    {
        var r = RecommendationEngine.Recommend(Strong with { Step2Score = 230, WouldNotPractice = SpecialtyIds.All });
        Assert.Equal(ApplicationPath.RadiologyOnly, r.Path);
        Assert.Equal("no-acceptable-backup", r.ReasonKeys[0]);
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
