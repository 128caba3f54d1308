using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

/// <summary>Issue 11, finding 3: after "forget" the DM must not still show the student's answers.</summary>
public class ForgetRedactionTests : SlackTestBed
{
    [Fact]
    public async Task After_forget_no_message_in_the_DM_still_shows_an_answer()
    {
        var student = Student();
        var first = await GreetAsync(student);
        await student.ClickAsync(first, "USMLE");
        await student.NextMessageAsync();
        await student.SendDmAsync("241");
        var third = await student.NextMessageAsync();
        Assert.Contains(Slack.Messages(student.Channel), m => m.AllText().Contains("241", StringComparison.Ordinal));

        await student.ClickAsync(third, "Forget my answers");
        var erased = await student.NextMessageAsync();

        Assert.Contains("everything you told me has been erased", erased.AllText(), StringComparison.Ordinal);
        var shown = Slack.Messages(student.Channel).Where(m => m.EphemeralUser is null && m.Ts != erased.Ts).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, m =>
        {
            Assert.DoesNotContain("241", m.AllText(), StringComparison.Ordinal);
            Assert.DoesNotContain("USMLE", m.AllText(), StringComparison.Ordinal);
            Assert.False(m.HasControls);
        });
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
