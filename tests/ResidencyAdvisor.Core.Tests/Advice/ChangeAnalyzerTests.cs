using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Advice;

public class ChangeAnalyzerTests
{
    private static readonly StudentProfile Strong = Profiles.RadiologyOnlyCandidate();

    private static ChangeAnalysis Analyze(StudentProfile p) => RecommendationEngine.Recommend(p).Changes;

    [Fact]
    public void A_student_one_letter_away_is_told_that_one_letter_opens_radiology_only()
    {
        var changes = Analyze(Strong with { RadiologyLetters = 0 });
        var option = Assert.Single(changes.Options);
        Assert.Equal(ChangeGoal.RadiologyOnly, option.Goal);
        Assert.Equal([Lever.RadiologyLetter], option.Changes);
        Assert.Equal(BackupNeed.Optional, option.BackupNeed);
        Assert.Empty(changes.PathHeldBy);
    }

    [Fact]
    public void When_nothing_in_their_control_changes_the_path_the_past_facts_holding_it_are_named()
    {
        var changes = Analyze(Strong with { Step2Score = 228, ExamFailures = 1, UsClinicalExperiences = 0 });
        Assert.DoesNotContain(changes.Options, o => o.Goal == ChangeGoal.RadiologyOnly);
        Assert.Equal(["exam-failure", "score-lower"], changes.PathHeldBy);
        Assert.Equal(["exam-failure", "score-lower"], changes.NeedHeldBy);
        Assert.Contains("few-clinical", changes.Steps.Select(s => s.RuleId));
    }

    [Fact]
    public void A_reapplicant_with_nothing_else_missing_is_held_by_being_a_reapplicant_and_told_what_to_change()
    {
        var changes = Analyze(Strong with { Reapplicant = true });
        Assert.Empty(changes.Options);
        Assert.Equal(["reapplicant"], changes.PathHeldBy);
        Assert.Contains("reapplicant", changes.Steps.Select(s => s.RuleId));
    }

    [Fact]
    public void Every_missing_condition_within_control_is_in_the_one_set_that_opens_radiology_only()
    {
        var changes = Analyze(Strong with
        {
            UsRadiologyExperience = false, Geography = GeographyPreference.SpecificArea, OpenToCommunityPrograms = false,
            WillingToDoExtraYear = false, ComfortableWithUnmatchedRisk = false,
        });
        var toRadiologyOnly = Assert.Single(changes.Options, o => o.Goal == ChangeGoal.RadiologyOnly);
        Assert.Equal(
            [Lever.UsRadiologyExperience, Lever.GeographyAnywhere, Lever.CommunityPrograms, Lever.ExtraYear, Lever.RiskComfort],
            toRadiologyOnly.Changes);
    }

    [Fact]
    public void The_need_is_lowered_by_each_smallest_set_and_widening_to_regions_is_enough_for_it()
    {
        var changes = Analyze(Strong with { UsRadiologyExperience = false, Geography = GeographyPreference.SpecificArea });
        var lower = changes.Options.Where(o => o.Goal == ChangeGoal.LowerNeed).ToList();
        Assert.Contains(lower, o => o.Changes.SequenceEqual([Lever.UsRadiologyExperience]) && o.BackupNeed == BackupNeed.Recommended);
        Assert.Contains(lower, o => o.Changes.SequenceEqual([Lever.GeographyWiden]) && o.BackupNeed == BackupNeed.Recommended);
        Assert.Contains(changes.Options, o => o.Goal == ChangeGoal.RadiologyOnly
            && o.Changes.SequenceEqual([Lever.UsRadiologyExperience, Lever.GeographyAnywhere]));
    }

    [Fact]
    public void Escalations_that_stack_past_the_cap_must_be_lifted_together()
    {
        var changes = Analyze(Strong with { Step2Score = 240, UsRadiologyExperience = false, Geography = GeographyPreference.SpecificArea });
        var lower = Assert.Single(changes.Options, o => o.Goal == ChangeGoal.LowerNeed);
        Assert.Equal([Lever.UsRadiologyExperience, Lever.GeographyWiden], lower.Changes);
        Assert.Equal(BackupNeed.Recommended, lower.BackupNeed);
        Assert.Equal(["score-below-bar"], changes.PathHeldBy);
    }

    [Fact]
    public void Past_facts_are_never_offered_as_changes()
    {
        var changes = Analyze(Strong with { Step2Score = 230, ExamFailures = 2, Reapplicant = true, YearsSinceGraduation = 6, ContinuousClinicalWork = false });
        Assert.Empty(changes.Options);
        Assert.Equal(["exam-failure", "score-lower", "reapplicant", "graduation-gap"], changes.PathHeldBy);
        Assert.Contains("graduation-gap", changes.Steps.Select(s => s.RuleId));
    }

    [Fact]
    public void A_student_who_already_qualifies_needs_no_change()
    {
        var changes = Analyze(Strong);
        Assert.True(changes.AlreadyRadiologyOnly);
        Assert.Empty(changes.Options);
        Assert.Empty(changes.PathHeldBy);
    }

    [Fact]
    public void A_student_who_will_not_do_an_extra_year_is_offered_neither_a_transitional_nor_a_research_year()
    {
        foreach (var profile in new[] { Strong with { WillingToDoExtraYear = false }, Strong with { WillingToDoExtraYear = false, WouldNotPractice = SpecialtyIds.All } })
        {
            var contingencies = RecommendationEngine.Recommend(profile).Contingencies;
            Assert.Equal([Contingency.Soap, Contingency.ReapplicationPlan], contingencies);
        }
    }
}
