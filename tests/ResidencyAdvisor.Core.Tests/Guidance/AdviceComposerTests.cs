using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Guidance;

public class AdviceComposerTests
{
    private static readonly AdviceComposer Composer = new(TestContent.Content.Guidance);
    private static readonly StudentProfile Strong = Profiles.RadiologyOnlyCandidate();

    [Fact]
    public void Dual_applying_answer_names_the_students_top_backup()
    {
        var report = Composer.Compose(Strong with { Step2Score = 240, BackupInterests = [SpecialtyId.Psychiatry] });
        Assert.Equal("dual-apply", report.Recommendation.Path.Id());
        Assert.Contains("psychiatry", report.AreYouDualApplying);
        Assert.Contains("psychiatry", report.Headline);
        Assert.Equal("Why psychiatry?", report.Section(GuidanceSectionIds.Interview)!.Item("whyBackup")!.Heading);
    }

    [Fact]
    public void Radiology_only_answer_to_are_you_dual_applying_is_honest_and_different()
    {
        var radiologyOnly = Composer.Compose(Strong).AreYouDualApplying;
        var dual = Composer.Compose(Strong with { Step2Score = 240 }).AreYouDualApplying;
        Assert.NotEqual(dual, radiologyOnly);
        Assert.DoesNotContain("internal medicine", radiologyOnly);
        Assert.Contains("internal medicine", dual);
    }

    [Fact]
    public void Reasons_name_the_answers_that_caused_them()
    {
        var report = Composer.Compose(Strong with { Step2Score = 233, ExamFailures = 2, Reapplicant = true, YearsSinceGraduation = 5, ContinuousClinicalWork = false, UsClinicalExperiences = 1 });
        Assert.Contains(report.Reasons, r => r.Contains("233") && r.Contains("USMLE Step 2 CK"));
        Assert.Contains(report.Reasons, r => r.Contains("2 exam failure"));
        Assert.Contains(report.Reasons, r => r.Contains("applying again"));
        Assert.Contains(report.Reasons, r => r.Contains("5 years"));
        Assert.Contains(report.Reasons, r => r.Contains("only 1 US clinical experience"));
    }

    [Fact]
    public void A_student_who_excludes_every_backup_is_told_why_dual_applying_makes_no_sense()
    {
        var report = Composer.Compose(Strong with { Step2Score = 230, WouldNotPractice = SpecialtyIds.All });
        Assert.StartsWith("You would not practice internal medicine, family medicine, psychiatry or neurology", report.Reasons[0]);
        Assert.Empty(report.Backups);
        Assert.Equal("transitional-or-preliminary-year", report.Contingencies[0].Id);
    }

    [Fact]
    public void Each_backup_carries_its_why_challenges_and_who_should_consider_it()
    {
        var report = Composer.Compose(Strong with { Step2Score = 240, BackupInterests = [SpecialtyId.Neurology] });
        var top = report.Backups[0];
        Assert.Equal("Neurology", top.Name);
        Assert.True(top.Interested);
        Assert.All(report.Backups, b => Assert.False(string.IsNullOrWhiteSpace(b.Why + b.Challenges + b.WhoShouldConsider)));
    }

    [Fact]
    public void Every_section_is_present_with_text_for_both_paths()
    {
        foreach (var profile in new[] { Strong, Strong with { Step2Score = 240 } })
        {
            var report = Composer.Compose(profile);
            Assert.Equal(GuidanceSectionIds.All, report.Sections.Select(s => s.Id));
            Assert.All(report.Sections.SelectMany(s => s.Items), i => Assert.False(string.IsNullOrWhiteSpace(i.Text)));
        }
    }

    [Fact]
    public void Match_outcomes_include_SOAP()
    {
        var outcomes = Composer.Compose(Strong with { Step2Score = 240 }).Section(GuidanceSectionIds.MatchOutcomes)!;
        Assert.Contains("SOAP", outcomes.Item("unmatchedSoap")!.Text);
        Assert.Contains(outcomes.Items, i => i.Key == "matchedBackup");
    }

    [Fact]
    public void No_rendered_text_keeps_a_placeholder_for_any_profile()
    {
        foreach (var profile in SweepProfiles())
        {
            var report = Composer.Compose(profile);
            var all = report.Reasons.Concat(report.Sections.SelectMany(s => s.Items.Select(i => i.Heading + i.Text)))
                .Concat(report.Contingencies.Select(c => c.Text)).Append(report.Headline);
            Assert.All(all, text => Assert.DoesNotContain("{", text));
        }
    }

    private static IEnumerable<StudentProfile> SweepProfiles()
    {
        foreach (var score in new int?[] { null, 220, 240, 247, 260 })
        {
            foreach (var excluded in new[] { Array.Empty<SpecialtyId>(), [SpecialtyId.InternalMedicine], [.. SpecialtyIds.All] })
            {
                yield return Strong with { Step2Score = score, WouldNotPractice = excluded, UsClinicalExperiences = 0, Reapplicant = score == 240 };
                yield return Strong with { Step2Score = score, WouldNotPractice = excluded, Exam = ExamKind.Comlex };
            }
        }
    }
}
