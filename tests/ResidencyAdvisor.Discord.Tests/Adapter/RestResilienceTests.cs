using System.Diagnostics;
using ResidencyAdvisor.Discord.Fakes;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

public class RestResilienceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_429_on_the_interaction_response_is_retried_after_retry_after_and_the_student_still_gets_the_question(bool global)
    {
        await using var harness = await AdapterHarness.StartAsync();
        var student = harness.Student();
        harness.Server.RateLimitNext("/callback", TimeSpan.FromMilliseconds(300), global);

        var turn = await student.SlashAsync();

        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
        var calls = harness.Server.Requests.Where(r => r.Path.Contains(turn.Exchange.Id, StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 204], calls.Select(c => c.Status));
        Assert.True(Stopwatch.GetElapsedTime(calls[0].Timestamp, calls[1].Timestamp) >= TimeSpan.FromMilliseconds(290));
        Assert.Equal(1, harness.Logs.Count(2011));
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var student = harness.Student();
        harness.Server.FailNext("/callback", 502);

        await student.SlashAsync();

        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
        Assert.Equal(1, harness.Logs.Count(2012));
    }

    [Fact]
    public async Task A_4xx_is_logged_as_a_warning_and_the_adapter_keeps_running()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var student = harness.Student();
        harness.Server.FailNext("/callback", 400);

        var lost = await harness.Server.SendInteractionAsync(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = 2,
            ["data"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "advise" },
            ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "42" },
        });
        await ConversationTests.WaitUntilAsync(() => harness.Logs.Count(2013) == 1 && harness.Logs.Count(2014) == 1);

        Assert.Equal(0, lost.CallbackCount);
        await student.SlashAsync();
        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
    }
}
