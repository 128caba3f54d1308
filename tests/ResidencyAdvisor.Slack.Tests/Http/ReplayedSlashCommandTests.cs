using System.Net;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Http;

/// <summary>Issue 18, finding 4: a signed slash command captured and sent again while its signature is still accepted runs once.</summary>
public sealed class ReplayedSlashCommandTests : SlackTestBed
{
    protected override bool OverHttp => true;

    [Fact]
    public async Task A_replayed_advise_forget_after_the_student_answered_again_does_not_erase_the_new_answers()
    {
        var student = Student("U0REPLAY");
        await AnswerTwoQuestionsAsync(student);
        var forget = FakeHttpRequest.For("slash_commands", student.SlashCommand("forget"));
        var signedAt = SlackRequestSigner.Timestamp(DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await Slack.PostAsync(forget, signedAt)).Status);
        Assert.Contains("everything you told me has been erased", (await student.NextMessageAsync()).AllText(), StringComparison.Ordinal);
        await student.ClickAsync(await GreetAsync(student), "USMLE");
        Assert.Equal("Exam score", (await student.NextMessageAsync()).Header);

        var (replayed, _) = await Slack.PostAsync(forget, signedAt);
        await Task.Delay(Quiet);
        await student.SendDmAsync("continue");
        var resumed = await student.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, replayed);
        Assert.Equal("Exam score", resumed.Header);
        Assert.Contains("Welcome back", resumed.AllText(), StringComparison.Ordinal);
        Assert.Single(Slack.Messages(student.Channel), m => m.AllText().Contains("has been erased", StringComparison.Ordinal));
    }
}
