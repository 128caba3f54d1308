using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

public class SlashCommandConversationTests : SlackTestBed
{
    [Fact]
    public async Task Advise_answers_ephemerally_and_continues_in_the_DM_to_the_recommendation()
    {
        var student = Student("U0SLASH");

        var delivery = await student.SlashCommandAsync();
        var ack = await delivery.Acked.WaitAsync(Wait);

        Assert.Equal("ephemeral", (string?)ack?["response_type"]);
        Assert.Contains("direct message", (string?)ack?["text"], StringComparison.Ordinal);
        var first = await student.NextMessageAsync();
        Assert.Contains(Slack.Calls, c => c.Method == "conversations.open" && (string?)c.Body["users"] == student.UserId);
        Assert.Equal("Licensing exam", first.Header);

        var result = await StudentScript.RunToRecommendationAsync(student, first);
        await student.ClickAsync(result, "Interview answers");
        var interview = await student.NextMessageAsync();

        Assert.Contains("Are you dual applying?", interview.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_DM_cannot_be_opened_the_student_is_told_so_where_they_typed_advise()
    {
        Slack.FailNext("conversations.open", "cannot_dm_bot");
        var student = Student("U0NODM");

        await student.SlashCommandAsync();

        var note = await Slack.WaitInChannelAsync("C0GENERAL", () => Slack.Messages("C0GENERAL").FirstOrDefault(m => m.EphemeralUser == student.UserId),
            Wait, "an ephemeral note in the channel");
        Assert.Contains("couldn't open a direct message", note.AllText(), StringComparison.Ordinal);
        Assert.Equal(0, student.UnreadMessages);
    }

    [Fact]
    public async Task Advise_again_resumes_where_the_student_left_off()
    {
        var student = Student("U0RESUME");
        await student.SlashCommandAsync();
        var first = await student.NextMessageAsync();
        await student.ClickAsync(first, "USMLE");
        await student.NextMessageAsync();

        await student.SlashCommandAsync();
        var resumed = await student.NextMessageAsync();

        Assert.Equal("Exam score", resumed.Header);
        Assert.Contains("Welcome back", resumed.AllText(), StringComparison.Ordinal);
    }
}
