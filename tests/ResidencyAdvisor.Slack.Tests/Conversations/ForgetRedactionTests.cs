using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

/// <summary>Issue 11, finding 3: after "forget" the DM must not still show the student's answers.</summary>
public class ForgetRedactionTests : SlackTestBed
{
    [Fact]
    public async Task After_forget_no_message_in_the_DM_still_shows_an_answer()
    {
        var student = Student();
        var third = await AnswerTwoQuestionsAsync(student);

        await student.ClickAsync(third, "Forget my answers");
        var erased = await student.NextMessageAsync();

        AssertNoAnswerShown(student, erased);
    }

    [Fact]
    public async Task A_second_forget_says_there_was_nothing_to_erase_and_starts_nothing()
    {
        var student = Student();
        await GreetAsync(student);
        await student.SendDmAsync("forget");
        await student.NextMessageAsync();

        await student.SendDmAsync("forget");
        var second = await student.NextMessageAsync();

        Assert.Contains("There was nothing to erase", second.AllText(), StringComparison.Ordinal);
        Assert.Null(await Adapter.Store.LoadAsync(new("slack", FakeSlack.TeamId, student.UserId), default));
    }
}
