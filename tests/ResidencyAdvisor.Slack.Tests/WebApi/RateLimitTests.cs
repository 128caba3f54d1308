using System.Diagnostics;

namespace ResidencyAdvisor.Slack.Tests.WebApi;

public class RateLimitTests : SlackTestBed
{
    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_the_message_arrives()
    {
        Slack.RateLimitNext("chat.postMessage", TimeSpan.FromSeconds(1));
        var student = Student();

        await GreetAsync(student);

        var posts = Slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        Assert.Equal([429, 200], posts.Select(p => p.Status));
        Assert.True(Stopwatch.GetElapsedTime(posts[0].Timestamp, posts[1].Timestamp) >= TimeSpan.FromMilliseconds(950));
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3010);
    }
}
