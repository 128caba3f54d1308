using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

public class NumberModalTests : SlackTestBed
{
    [Fact]
    public async Task The_number_modal_rejects_bad_input_in_place_then_saves_a_good_number()
    {
        var student = Student();
        var first = await GreetAsync(student);
        await student.ClickAsync(first, "USMLE");
        var score = await student.NextMessageAsync();

        await student.ClickAsync(score, "Enter a number");
        var view = await student.NextViewAsync();
        var notANumber = await (await student.SubmitViewAsync(view, "two forty")).Acked.WaitAsync(Wait);
        var outOfRange = await (await student.SubmitViewAsync(view, "999")).Acked.WaitAsync(Wait);
        var accepted = await (await student.SubmitViewAsync(view, "241")).Acked.WaitAsync(Wait);
        var next = await student.NextMessageAsync();

        // One message for both, Core's, the same a typed answer gets.
        const string CoresMessage = "Please enter your USMLE Step 2 CK score as a whole number from 1 to 300, or choose \"Not taken yet\".";
        Assert.Equal("errors", (string?)notANumber?["response_action"]);
        Assert.Equal(CoresMessage, (string?)notANumber?["errors"]?["number"]);
        Assert.Equal(CoresMessage, (string?)outOfRange?["errors"]?["number"]);
        Assert.Null(accepted);
        Assert.Equal("Exam failures", next.Header);
        Assert.Contains("Your answer: 241", score.AllText(), StringComparison.Ordinal);
        Assert.False(score.HasControls);
    }

    [Fact]
    public async Task The_modal_is_opened_with_the_click_trigger_before_anything_else()
    {
        var student = Student();
        var first = await GreetAsync(student);
        await student.ClickAsync(first, "USMLE");
        var score = await student.NextMessageAsync();
        var callsBefore = Slack.Calls.Count;

        var click = await student.ClickAsync(score, "Enter a number");
        var view = await student.NextViewAsync();

        var trigger = (string?)click.Payload["trigger_id"];
        Assert.Equal(trigger, view.TriggerId);
        Assert.Equal("views.open", Slack.Calls[callsBefore].Method);
        Assert.True(view.Title.Length <= 24);
    }
}
