using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.WebApi;

/// <summary>Finding 4 and the Web API half of 8: a bad answer from Slack is a failed call, retried or reported, never a stopped host.</summary>
public class MalformedReplyTests : SlackTestBed
{
    protected override bool StartAdapter => false;

    [Fact]
    public async Task A_sign_in_answered_with_a_bogus_charset_or_not_json_is_retried_and_the_host_keeps_running()
    {
        Slack.AnswerNextRaw("auth.test", FakeRawAnswer.BogusCharset());
        Slack.AnswerNextRaw("auth.test", FakeRawAnswer.NotJson);

        await StartAdapterAsync();
        await Slack.WaitForSocketAsync(0, Wait);

        Assert.Equal(3, Slack.Calls.Count(c => c.Method == "auth.test"));
        Assert.Equal(2, Adapter.Logs.Entries.Count(e => e.EventId == 3014));
        Assert.Null(Adapter.Status.FatalError);
        Assert.False(Adapter.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal("Licensing exam", (await GreetAsync(Student())).Header);
    }

    [Fact]
    public async Task A_server_error_on_a_post_is_retried_and_the_student_gets_the_question()
    {
        await StartAdapterAsync();
        await Slack.WaitForSocketAsync(0, Wait);
        Slack.AnswerNextRaw("chat.postMessage", FakeRawAnswer.ServerError);

        var first = await GreetAsync(Student());

        Assert.Equal("Licensing exam", first.Header);
        Assert.Equal([503, 200], Slack.Calls.Where(c => c.Method == "chat.postMessage").Select(c => c.Status));
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3016 && e.Message.Contains("HTTP 503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Retry_After_past_the_cap_fails_the_call_at_once_instead_of_stalling_the_student()
    {
        await StartAdapterAsync(new Dictionary<string, string?> { ["Slack:MaxRetryAfter"] = "00:00:05" });
        await Slack.WaitForSocketAsync(0, Wait);
        Slack.RateLimitNext("chat.postMessage", TimeSpan.FromHours(1));

        await Student().SendDmAsync("hi");
        await Slack.WaitUntilAsync(() => Adapter.Logs.Entries.FirstOrDefault(e => e.EventId == 3009), Wait, "the failed post");

        Assert.Single(Slack.Calls, c => c.Method == "chat.postMessage");
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3009 && e.Message.Contains("ratelimited", StringComparison.Ordinal));
        Assert.DoesNotContain(Adapter.Logs.Entries, e => e.EventId == 3010);
    }
}
