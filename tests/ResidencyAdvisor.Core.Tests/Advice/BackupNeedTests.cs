using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Advice;

public class BackupNeedTests
{
    private static readonly StudentProfile Strong = Profiles.RadiologyOnlyCandidate();

    private static BackupNeed NeedOf(StudentProfile p) => RecommendationEngine.Recommend(p).BackupNeed;

    [Fact]
    public void Very_strong_score_with_nothing_else_makes_a_backup_optional() =>
        Assert.Equal(BackupNeed.Optional, NeedOf(Strong));

    [Fact]
    public void Mid_range_score_makes_a_backup_recommended() =>
        Assert.Equal(BackupNeed.Recommended, NeedOf(Strong with { Step2Score = 240 }));

    [Fact]
    public void Lower_score_makes_a_backup_strongly_recommended() =>
        Assert.Equal(BackupNeed.StronglyRecommended, NeedOf(Strong with { Step2Score = 234 }));

    [Fact]
    public void No_score_yet_makes_a_backup_recommended() =>
        Assert.Equal(BackupNeed.Recommended, NeedOf(Strong with { Step2Score = null }));

    [Fact]
    public void Any_exam_failure_makes_a_backup_strongly_recommended_even_with_a_very_strong_score() =>
        Assert.Equal(BackupNeed.StronglyRecommended, NeedOf(Strong with { ExamFailures = 1, Step2Score = 270 }));

    public static TheoryData<string, StudentProfile> SingleEscalations => new()
    {
        { "one US clinical experience", Strong with { UsClinicalExperiences = 1 } },
        { "no US radiology experience", Strong with { UsRadiologyExperience = false } },
        { "no radiology letter", Strong with { RadiologyLetters = 0 } },
        { "reapplicant", Strong with { Reapplicant = true } },
        { "three years out without clinical work", Strong with { YearsSinceGraduation = 3, ContinuousClinicalWork = false } },
        { "must stay in a specific area", Strong with { Geography = GeographyPreference.SpecificArea } },
        { "academic programs only", Strong with { OpenToCommunityPrograms = false } },
    };

    [Theory]
    [MemberData(nameof(SingleEscalations))]
    public void Each_escalation_alone_raises_optional_to_recommended(string because, StudentProfile profile)
    {
        Assert.NotEmpty(because);
        Assert.Equal(BackupNeed.Recommended, NeedOf(profile));
    }

    [Theory]
    [MemberData(nameof(SingleEscalations))]
    public void Each_escalation_alone_raises_mid_range_to_strongly_recommended(string because, StudentProfile profile)
    {
        Assert.NotEmpty(because);
        Assert.Equal(BackupNeed.StronglyRecommended, NeedOf(profile with { Step2Score = 240 }));
    }

    [Fact]
    public void Two_escalations_stack_from_optional_to_strongly_recommended() =>
        Assert.Equal(BackupNeed.StronglyRecommended, NeedOf(Strong with { Reapplicant = true, RadiologyLetters = 0 }));

    [Fact]
    public void Every_escalation_at_once_is_capped_at_strongly_recommended() =>
        Assert.Equal(BackupNeed.StronglyRecommended, NeedOf(Strong with
        {
            UsClinicalExperiences = 0, Reapplicant = true, YearsSinceGraduation = 6, ContinuousClinicalWork = false,
            Geography = GeographyPreference.SpecificArea, OpenToCommunityPrograms = false,
        }));

    [Fact]
    public void Several_weaknesses_in_the_US_profile_count_as_one_escalation() =>
        Assert.Equal(BackupNeed.Recommended, NeedOf(Strong with { UsClinicalExperiences = 0, UsRadiologyExperience = false, RadiologyLetters = 0 }));

    [Fact]
    public void A_specific_area_and_academic_only_together_count_as_one_escalation() =>
        Assert.Equal(BackupNeed.Recommended, NeedOf(Strong with { Geography = GeographyPreference.SpecificArea, OpenToCommunityPrograms = false }));

    [Fact]
    public void Preferred_regions_lift_an_otherwise_optional_need_to_recommended() =>
        Assert.Equal(BackupNeed.Recommended, NeedOf(Strong with { Geography = GeographyPreference.PreferredRegions }));

    [Fact]
    public void Preferred_regions_add_nothing_to_a_need_already_raised() =>
        Assert.Equal(BackupNeed.Recommended, NeedOf(Strong with { Geography = GeographyPreference.PreferredRegions, RadiologyLetters = 0 }));

    [Fact]
    public void Three_years_out_with_continuous_clinical_work_is_no_gap() =>
        Assert.Equal(BackupNeed.Optional, NeedOf(Strong with { YearsSinceGraduation = 5, ContinuousClinicalWork = true }));

    [Fact]
    public void Two_years_out_is_never_a_gap() =>
        Assert.Equal(BackupNeed.Optional, NeedOf(Strong with { YearsSinceGraduation = 2, ContinuousClinicalWork = false }));
}
