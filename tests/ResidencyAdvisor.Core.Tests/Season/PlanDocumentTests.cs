using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Tests.Season;

public class PlanDocumentTests
{
    private static readonly AdviceComposer Composer = new(TestContent.Content.Guidance);
    private static readonly SeasonTasks Tasks = new(TestContent.Content.Guidance);
    private static readonly SeasonCalendar Calendar = TestContent.Content.Calendar;

    [Fact]
    public void Plan_file_is_the_markdown_advice_followed_by_the_checklist_the_dates_and_the_answers()
    {
        var report = Composer.Compose(Profiles.RadiologyOnlyCandidate(240) with { BackupInterests = [SpecialtyId.Psychiatry] });
        var tasks = Tasks.For(report);
        var checklist = new SeasonChecklist(tasks, new HashSet<string> { "statement.radiology", "pgy1.apply" });

        var plan = PlanDocument.Write(report, checklist, Calendar, StudentTimeZone.Default, [("Step 2 CK score", "240")]);

        Assert.StartsWith(AdviceMarkdown.Write(report), plan, StringComparison.Ordinal);
        Assert.Contains($"## Your checklist (2 of {tasks.Count} done)", plan, StringComparison.Ordinal);
        Assert.Contains("[x] Write your radiology personal statement.", plan, StringComparison.Ordinal);
        Assert.Contains("[ ] Write a separate personal statement for psychiatry", plan, StringComparison.Ordinal);
        Assert.Contains("- **Rank order list certification deadline (NRMP):** not published yet (source: https://www.nrmp.org/match-calendars/, checked 2026-12-07)", plan, StringComparison.Ordinal);
        Assert.EndsWith("## Your answers\n\n- Step 2 CK score: 240\n", plan.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tick_survives_a_change_of_answers_while_its_task_still_applies()
    {
        var done = new HashSet<string> { "statement.psychiatry", "step.no-radiology-letter" };
        var before = new SeasonChecklist(Tasks.For(Composer.Compose(Profiles.RadiologyOnlyCandidate(240) with
        {
            BackupInterests = [SpecialtyId.Psychiatry], RadiologyLetters = 0,
        })), done);
        var after = new SeasonChecklist(Tasks.For(Composer.Compose(Profiles.RadiologyOnlyCandidate(238) with
        {
            BackupInterests = [SpecialtyId.Psychiatry], RadiologyLetters = 2,
        })), done);

        Assert.Equal(2, before.DoneCount);
        // The letter step no longer applies once the student has letters; the statement tick stays.
        Assert.Equal(1, after.DoneCount);
        Assert.True(after.IsDone(after.Tasks.Single(t => t.Id == "statement.psychiatry")));
    }

    [Fact]
    public void Tasks_are_numbered_from_one_as_the_chat_shows_them()
    {
        var checklist = new SeasonChecklist(Tasks.For(Composer.Compose(Profiles.RadiologyOnlyCandidate())), new HashSet<string>());

        Assert.Equal(checklist.Tasks[0], checklist.Numbered(1));
        Assert.Null(checklist.Numbered(0));
        Assert.Null(checklist.Numbered(checklist.Tasks.Count + 1));
        Assert.StartsWith("1. [ ] ", checklist.Lines(Calendar, StudentTimeZone.Default).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_tasks_before_a_milestone_include_those_due_earlier_and_leave_out_the_done()
    {
        var tasks = Tasks.For(Composer.Compose(Profiles.RadiologyOnlyCandidate()));
        var checklist = new SeasonChecklist(tasks, new HashSet<string> { "statement.radiology" });

        var beforeSubmit = checklist.OpenBefore("eras-submit", Calendar).Select(t => t.Id).ToArray();
        var beforeRanking = checklist.OpenBefore("rol-deadline", Calendar).Select(t => t.Id).ToArray();

        Assert.DoesNotContain("statement.radiology", beforeSubmit);
        Assert.Contains("pgy1.apply", beforeSubmit);
        Assert.DoesNotContain("rol.supplemental", beforeSubmit);
        Assert.Contains("rol.supplemental", beforeRanking);
        Assert.Contains("pgy1.apply", beforeRanking);
    }

    [Fact]
    public void Dates_are_shown_in_the_students_time_zone()
    {
        var deadline = new DateTimeOffset(2027, 3, 3, 21, 0, 0, TimeSpan.FromHours(-5));
        Assert.Equal("Wednesday, March 3, 2027, 9:00 PM (America/New_York)", StudentTimeZone.Describe(deadline, StudentTimeZone.Default));
        Assert.Equal("Wednesday, March 3, 2027, 6:00 PM (America/Los_Angeles)", StudentTimeZone.Describe(deadline, StudentTimeZone.Find("America/Los_Angeles")!));
    }
}
