using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Discord.Fakes;
using static ResidencyAdvisor.Discord.Tests.Adapter.ConversationTests;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

public class GatewayResilienceTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Connects_with_version_and_encoding_and_identifies_without_privileged_intents()
    {
        await using var harness = await AdapterHarness.StartAsync(settings: new() { ["Discord:ShardId"] = "0", ["Discord:ShardCount"] = "1" });

        Assert.Equal("/gateway?v=10&encoding=json", harness.Server.Gateway.Connections[0]);
        Assert.Equal(0, (int?)harness.Server.Gateway.LastHandshake!["intents"]);
        Assert.Equal("[0,1]", harness.Server.Gateway.LastHandshake["shard"]!.ToJsonString());
        await WaitUntilAsync(() => harness.Status.Connected);
    }

    [Fact]
    public async Task A_dropped_socket_mid_conversation_resumes_and_the_click_sent_meanwhile_is_answered()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        harness.Server.Gateway.ExpectReconnect();

        harness.Server.Gateway.DropConnection();
        var turn = await student.ClickAsync("USMLE");

        await harness.Server.Gateway.WhenReadyAsync(Wait);
        Assert.Equal(1, harness.Server.Gateway.Identifies);
        Assert.Equal(1, harness.Server.Gateway.Resumes);
        Assert.StartsWith("/resume?v=10&encoding=json", harness.Server.Gateway.Connections[^1], StringComparison.Ordinal);
        Assert.Equal("session-1", (string?)harness.Server.Gateway.LastHandshake!["session_id"]);
        Assert.True((int?)harness.Server.Gateway.LastHandshake["seq"] >= 2);
        Assert.Equal(7, turn.ResponseType);
        Assert.StartsWith("Question 2 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task Op_7_reconnect_resumes_the_session()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        harness.Server.Gateway.ExpectReconnect();

        await harness.Server.Gateway.SendReconnectAsync();

        await harness.Server.Gateway.WhenReadyAsync(Wait);
        Assert.Equal(1, harness.Server.Gateway.Resumes);
        Assert.Equal(1, harness.Server.Gateway.Identifies);
        await student.ClickAsync("USMLE");
        Assert.StartsWith("Question 2 of", StudentScript.Title(student));
    }

    [Theory]
    [InlineData(4000, 1, 1)]
    [InlineData(4008, 1, 1)]
    [InlineData(4009, 2, 0)]
    [InlineData(4007, 2, 0)]
    public async Task A_close_from_the_gateway_resumes_or_identifies_as_its_code_says(int code, int identifies, int resumes)
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Server.Gateway.ExpectReconnect();

        await harness.Server.Gateway.CloseAsync(code);

        await harness.Server.Gateway.WhenReadyAsync(Wait);
        Assert.Equal(identifies, harness.Server.Gateway.Identifies);
        Assert.Equal(resumes, harness.Server.Gateway.Resumes);
        Assert.Null(harness.Status.FatalError);
    }

    [Fact]
    public async Task Invalid_session_that_cannot_resume_identifies_afresh_and_keeps_saved_answers()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        harness.Server.Gateway.ExpectReconnect();

        await harness.Server.Gateway.SendInvalidSessionAsync(resumable: false);

        await harness.Server.Gateway.WhenReadyAsync(Wait);
        Assert.Equal(2, harness.Server.Gateway.Identifies);
        Assert.Equal(0, harness.Server.Gateway.Resumes);
        await student.SlashAsync();
        Assert.StartsWith("Question 2 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task Invalid_session_that_can_resume_resumes()
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Server.Gateway.ExpectReconnect();

        await harness.Server.Gateway.SendInvalidSessionAsync(resumable: true);

        await harness.Server.Gateway.WhenReadyAsync(Wait);
        Assert.Equal(1, harness.Server.Gateway.Resumes);
        Assert.Equal(1, harness.Server.Gateway.Identifies);
    }

    [Fact]
    public async Task A_zombie_connection_without_heartbeat_acks_is_dropped_and_resumed()
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Server.Gateway.ExpectReconnect();

        harness.Server.Gateway.AckHeartbeats = false;

        await harness.Server.Gateway.WhenReadyAsync(Wait);
        Assert.Equal(1, harness.Server.Gateway.Resumes);
        Assert.Equal(1, harness.Logs.Count(2004));
        var student = harness.Student();
        await student.SlashAsync();
        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task Authentication_failed_4004_stops_the_adapter_once_with_a_clear_error_and_the_host_keeps_running()
    {
        await using var harness = await AdapterHarness.StartAsync(fake: f => f.RejectIdentify = true, waitForReady: false);

        await WaitUntilAsync(() => harness.Status.FatalError is not null);
        await Task.Delay(300); // many backoff periods at test timings: a retry loop would have identified again

        Assert.Contains("4004", harness.Status.FatalError, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", harness.Status.FatalError, StringComparison.Ordinal);
        Assert.Equal(1, harness.Server.Gateway.Identifies);
        Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.False(harness.Status.Connected);
        Assert.False(harness.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_token_rejected_by_rest_stops_the_adapter_without_ever_logging_the_token()
    {
        const string wrongToken = "wrong-token-value-123";
        await using var harness = await AdapterHarness.StartAsync(settings: new() { ["Discord:Token"] = wrongToken }, waitForReady: false);

        await WaitUntilAsync(() => harness.Status.FatalError is not null);

        Assert.Contains("401", harness.Status.FatalError, StringComparison.Ordinal);
        Assert.Equal(0, harness.Server.Gateway.Identifies);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains(wrongToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_and_unknown_gateway_payloads_are_logged_and_the_bot_keeps_answering()
    {
        await using var harness = await AdapterHarness.StartAsync();

        await harness.Server.Gateway.SendRawAsync("{not json");
        await harness.Server.Gateway.SendRawAsync("""{"op":0,"t":"INTERACTION_CREATE","s":99,"d":{"id":42}}""");
        await harness.Server.Gateway.SendRawAsync("""{"op":0,"t":"SOMETHING_NEW","s":100,"d":{}}""");

        var student = harness.Student();
        await student.SlashAsync();
        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
        Assert.True(harness.Logs.Count(2006) >= 2);
        Assert.Equal(1, harness.Server.Gateway.Identifies);
    }

    [Fact]
    public async Task An_exhausted_session_start_limit_waits_for_the_reset_before_identifying()
    {
        await using var harness = await AdapterHarness.StartAsync(fake: f => f.SessionStartRemaining = 0);

        Assert.Equal(1, harness.Logs.Count(2008));
        Assert.Equal(1, harness.Server.Gateway.Identifies);
    }

    [Fact]
    public async Task An_interaction_delivered_twice_is_answered_once()
    {
        // Only the gateway redelivers (after a resume); over HTTP Discord posts an interaction once.
        await using var harness = await AdapterHarness.StartAsync();
        var student = harness.Student();
        var turn = await student.SlashAsync();

        await harness.Server.ResendAsync(turn.Exchange);
        await WaitUntilAsync(() => harness.Logs.Count(2020) == 1, 10_000);
        await Task.Delay(200); // a second callback, if there were one, would follow the skip

        Assert.Equal(1, turn.Exchange.CallbackCount);
        Assert.Equal(1, harness.Logs.Count(2020));
    }
}
