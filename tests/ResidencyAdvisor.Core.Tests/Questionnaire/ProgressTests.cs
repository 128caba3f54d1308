using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Questionnaire;

/// <summary>One progress total for the whole conversation, whichever follow-up questions a student is asked.</summary>
public class ProgressTests
{
    private static readonly string[] Older = ["usmle", "241", "0", "3", "yes", "1", "no", "3", "yes", "anywhere", "yes", "no", "yes", "1", "0"];
    private static readonly string[] Recent = ["usmle", "241", "0", "3", "yes", "1", "no", "1", "anywhere", "yes", "no", "yes", "1", "0"];

    [Fact]
    public async Task A_student_asked_the_clinical_work_follow_up_reads_the_same_total_on_every_question()
    {
        var progress = await ProgressLinesAsync(Older);

        Assert.Equal(
        [
            "Question 1 of 14", "Question 2 of 14", "Question 3 of 14", "Question 4 of 14", "Question 5 of 14", "Question 6 of 14",
            "Question 7 of 14", "Question 8 of 14", "Question 8a of 14", "Question 9 of 14", "Question 10 of 14", "Question 11 of 14",
            "Question 12 of 14", "Question 13 of 14", "Question 14 of 14",
        ], progress);
    }

    [Fact]
    public async Task A_student_not_asked_the_follow_up_sees_no_number_skipped_and_the_same_total()
    {
        var progress = await ProgressLinesAsync(Recent);

        Assert.Equal([.. Enumerable.Range(1, 14).Select(n => $"Question {n} of 14")], progress);
    }

    [Fact]
    public void Any_question_asked_only_when_an_earlier_answer_calls_for_it_is_a_lettered_follow_up_outside_the_total()
    {
        // A second follow-up, as the reapplicant question will be: the rule reads AppliesWhen, not particular steps.
        var lastCycle = new Step("test-last-cycle");
        var table = new QuestionTable(QuestionTable.Standard.Questions.SelectMany(q => q.Step == Step.Reapplicant
            ? [q, new YesNoQuestion(lastCycle, "last") { AppliesWhen = a => a.Reapplicant == true }]
            : new[] { q }));
        var answers = new Answers { Reapplicant = true, YearsSinceGraduation = 4 };

        Assert.Equal("7", table.Position(Step.Reapplicant, answers).Label);
        Assert.Equal("7a", table.Position(lastCycle, answers).Label);
        Assert.Equal("8", table.Position(Step.YearsSinceGraduation, answers).Label);
        Assert.Equal("8a", table.Position(Step.ContinuousClinicalWork, answers).Label);
        Assert.Equal("14", table.Position(Step.WouldNotPractice, answers).Label);
        Assert.All(table.Steps, s => Assert.Equal(14, table.Position(s, answers).Total));
        Assert.Equal(14, table.Position(Step.Exam, new Answers()).Total);
    }

    private static async Task<List<string>> ProgressLinesAsync(string[] typed)
    {
        var chat = new TestChat();
        await chat.StartAsync();
        var progress = new List<string> { chat.Prompt.Progress };
        foreach (var text in typed.SkipLast(1))
        {
            await chat.TypeAllAsync([text]);
            progress.Add(chat.Prompt.Progress);
        }

        return progress;
    }
}
