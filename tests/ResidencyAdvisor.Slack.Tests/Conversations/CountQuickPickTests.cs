using System.Text.Json.Nodes;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

public class CountQuickPickTests : SlackTestBed
{
    [Fact]
    public async Task Every_count_is_answered_with_one_click_and_the_summary_shows_what_was_picked()
    {
        var student = Student();
        var message = await AtExamFailuresAsync(student);

        foreach (var (header, pick) in new[]
        {
            ("Exam failures", "1"), ("US clinical experiences", "3 or more"), ("US radiology experience", "Yes"),
            ("Radiology letters", "0"), ("Reapplicant", "No, this is my first time"), ("Years since graduation", "3 or more"),
        })
        {
            Assert.Equal(header, message.Header);
            if (header is not ("US radiology experience" or "Reapplicant"))
            {
                Assert.Equal(["0", "1", "2", "3 or more", "Exact number"], message.ButtonLabels().Take(5));
            }

            await student.ClickAsync(message, pick);
            var next = await student.NextMessageAsync();
            Assert.Contains("Your answer: " + pick, message.AllText(), StringComparison.Ordinal);
            Assert.False(message.HasControls);
            message = next;
        }

        Assert.Equal("Continuous clinical work", message.Header); // "3 or more" years is past the 3-year rule
        var summary = await StudentScript.RunUntilAsync(student, message, "Check your answers");
        Assert.Contains("3 or more", summary.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "views.open");
    }

    [Fact]
    public async Task An_exact_count_can_still_be_typed_in_the_DM()
    {
        var student = Student();
        var failures = await AtExamFailuresAsync(student);

        await student.SendDmAsync("4");
        var next = await student.NextMessageAsync();

        Assert.Equal("US clinical experiences", next.Header);
        Assert.False(failures.HasControls);
    }

    [Fact]
    public async Task The_exact_number_form_carries_only_session_turn_and_step_and_core_refuses_a_count_out_of_range()
    {
        var student = Student();
        var failures = await AtExamFailuresAsync(student);

        await student.ClickAsync(failures, "Exact number");
        var view = await student.NextViewAsync();
        var metadata = ((string?)view.View["private_metadata"])!.Split(':');
        var refused = await (await student.SubmitViewAsync(view, "11")).Acked.WaitAsync(Wait);
        var accepted = await (await student.SubmitViewAsync(view, "5")).Acked.WaitAsync(Wait);
        var next = await student.NextMessageAsync();

        Assert.Equal(5, metadata.Length); // session, turn, step, and the DM message to retire
        Assert.Equal("exam-failures", metadata[2]);
        Assert.Equal("Please enter a whole number from 0 to 10, or \"3 or more\".", (string?)refused?["errors"]?["number"]);
        Assert.Null(accepted);
        Assert.Equal("US clinical experiences", next.Header);
    }

    [Fact]
    public async Task The_exact_number_button_of_an_answered_question_says_it_is_out_of_date_instead_of_opening_a_form()
    {
        var student = Student();
        var failures = await AtExamFailuresAsync(student);
        var stale = new FakeMessage(failures.Channel, failures.Ts, failures.Text, (JsonArray)failures.Blocks.DeepClone(), null);
        await student.SendDmAsync("0");
        await student.NextMessageAsync();
        var callsBefore = Slack.Calls.Count;

        await student.ClickAsync(stale, "Exact number");
        var note = await student.NextEphemeralAsync();

        Assert.Contains("out of date", note.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Calls.Skip(callsBefore), c => c.Method == "views.open");
    }

    private async Task<FakeMessage> AtExamFailuresAsync(SlackStudent student)
    {
        var failures = await AnswerTwoQuestionsAsync(student);
        Assert.Equal("Exam failures", failures.Header);
        return failures;
    }
}
