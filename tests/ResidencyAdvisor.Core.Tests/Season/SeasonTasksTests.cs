using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Tests.Season;

public class SeasonTasksTests
{
    private static readonly AdviceComposer Composer = new(TestContent.Content.Guidance);
    private static readonly SeasonTasks Tasks = new(TestContent.Content.Guidance);

    private static IReadOnlyList<SeasonTask> For(StudentProfile profile) => Tasks.For(Composer.Compose(profile));

    [Fact]
    public void Dual_applicant_gets_a_statement_and_letters_for_each_backup_they_apply_to()
    {
        var tasks = For(Profiles.RadiologyOnlyCandidate(240) with { BackupInterests = [SpecialtyId.InternalMedicine, SpecialtyId.Neurology] });
        var ids = tasks.Select(t => t.Id).ToArray();

        Assert.Contains("statement.radiology", ids);
        Assert.Contains("statement.internal-medicine", ids);
        Assert.Contains("statement.neurology", ids);
        Assert.Contains("letters.internal-medicine", ids);
        Assert.Contains("letters.neurology", ids);
        Assert.Contains(tasks, t => t.Id == "statement.neurology" && t.Text.Contains("neurology", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Id == "cv" && t.Text.Contains("internal medicine and neurology", StringComparison.Ordinal));
        Assert.DoesNotContain("plan-b", ids);
    }

    [Fact]
    public void Every_student_gets_the_PGY1_year_and_supplemental_rank_lists()
    {
        foreach (var profile in new[] { Profiles.RadiologyOnlyCandidate(), Profiles.RadiologyOnlyCandidate(230) })
        {
            var tasks = For(profile);
            Assert.Contains(tasks, t => t.Id == "pgy1.apply" && t.Text.Contains("PGY-1", StringComparison.Ordinal));
            Assert.Contains(tasks, t => t.Id == "rol.supplemental" && t.Text.Contains("supplemental", StringComparison.Ordinal) && t.DueBefore == "rol-deadline");
            Assert.Contains(tasks, t => t.Id == "interview.rehearse" && t.Text.Contains("Are you dual applying?", StringComparison.Ordinal));
            Assert.Contains(tasks, t => t.Id == "soap.decide" && t.DueBefore == "match-week");
        }
    }

    [Fact]
    public void Radiology_only_applicant_keeps_a_plan_B_and_no_backup_statement()
    {
        var tasks = For(Profiles.RadiologyOnlyCandidate());
        var ids = tasks.Select(t => t.Id).ToArray();

        Assert.Contains("plan-b", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("statement.", StringComparison.Ordinal) && id is not "statement.radiology" and not "statement.pgy1");
        Assert.Contains(tasks, t => t.Id == "soap.decide" && t.Text.Contains("research year", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_weakness_with_a_step_becomes_a_task_and_only_then()
    {
        var strong = For(Profiles.RadiologyOnlyCandidate()).Select(t => t.Id);
        Assert.DoesNotContain(strong, id => id.StartsWith("step.", StringComparison.Ordinal));

        var thin = For(Profiles.RadiologyOnlyCandidate() with { UsRadiologyExperience = false, RadiologyLetters = 0, Reapplicant = true, DualAppliedLastCycle = false });
        Assert.Equal(["step.no-radiology-experience", "step.no-radiology-letter", "step.reapplicant"],
            thin.Where(t => t.Id.StartsWith("step.", StringComparison.Ordinal)).Select(t => t.Id));
    }

    [Fact]
    public void Task_ids_stay_the_same_when_an_answer_changes_and_the_task_still_applies()
    {
        var before = For(Profiles.RadiologyOnlyCandidate(240) with { BackupInterests = [SpecialtyId.Psychiatry] });
        var after = For(Profiles.RadiologyOnlyCandidate(236) with { BackupInterests = [SpecialtyId.Psychiatry], UsClinicalExperiences = 1 });

        Assert.Empty(before.Select(t => t.Id).Except(after.Select(t => t.Id)));
    }

    [Fact]
    public void Task_texts_have_no_unfilled_placeholder()
    {
        var tasks = For(Profiles.RadiologyOnlyCandidate(235) with { BackupInterests = [SpecialtyId.FamilyMedicine], UsClinicalExperiences = 0, Step2Score = null });
        Assert.All(tasks, t => Assert.DoesNotContain("{", t.Text, StringComparison.Ordinal));
    }
}
