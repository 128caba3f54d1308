using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>Finding 5 and the Discord half of 8: hung handshakes, silent links and slow registration are noticed and retried.</summary>
public class LivenessTests
{
    [Fact]
    public async Task A_gateway_handshake_that_never_completes_times_out_and_the_next_attempt_connects()
    {
        using var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start();
        await using var harness = await AdapterHarness.StartAsync(
            settings: new() { ["Discord:ConnectTimeout"] = "00:00:00.300" }, waitForReady: false,
            beforeStart: server => server.GatewayUrlOverride = $"ws://127.0.0.1:{((IPEndPoint)hung.LocalEndpoint).Port}/gateway");

        await ConversationTests.WaitUntilAsync(() => harness.Logs.Entries.Any(e => e.EventId == 2017 && e.Exception is TimeoutException), 10_000);
        harness.Server.GatewayUrlOverride = null;
        await harness.Server.Gateway.WhenReadyAsync(TimeSpan.FromSeconds(10));

        Assert.Null(harness.Status.FatalError);
    }

    [Fact]
    public async Task Registration_that_times_out_is_retried_until_the_command_is_registered()
    {
        await using var harness = await AdapterHarness.StartAsync(
            settings: new() { ["Discord:ApplicationId"] = "100000000000000001", ["Discord:ApiTimeout"] = "00:00:00.500" },
            waitForReady: false,
            beforeStart: server => server.DelayNext("/commands", TimeSpan.FromSeconds(3)));

        // The fake stores the command before its answer reaches the adapter, so wait for the adapter to log it too.
        await ConversationTests.WaitUntilAsync(() => !harness.Server.Commands.IsEmpty && harness.Logs.Count(2009) >= 1, 15_000);

        Assert.True(harness.Logs.Count(2010) >= 1);
    }

    [Fact]
    public async Task A_gateway_message_over_the_cap_closes_the_connection_and_the_session_resumes()
    {
        await using var harness = await AdapterHarness.StartAsync();

        await harness.Server.Gateway.SendRawAsync("{\"op\":0,\"s\":99,\"t\":\"HUGE\",\"d\":\"" + new string('x', ResidencyAdvisor.Discord.Gateway.GatewaySocket.MaxMessageBytes) + "\"}");
        await ConversationTests.WaitUntilAsync(() => harness.Logs.Count(2022) == 1 && harness.Server.Gateway.Resumes >= 1, 10_000);

        var student = harness.Student();
        await student.SlashAsync();
        Assert.StartsWith("Question 1 of", Fakes.StudentScript.Title(student), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connected_gateway_silent_past_two_heartbeats_reports_unhealthy()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var status = new DiscordAdapterStatus(time);
        status.SetConnected(true);
        status.ExpectTrafficWithin(TimeSpan.FromSeconds(41.25 * 2) + TimeSpan.FromSeconds(5));
        status.EventReceived();

        time.Advance(TimeSpan.FromSeconds(80));
        var beforeDeadline = await CheckAsync(status);
        time.Advance(TimeSpan.FromSeconds(10));
        var afterDeadline = await CheckAsync(status);

        Assert.Equal(HealthStatus.Healthy, beforeDeadline.Status);
        Assert.Equal(HealthStatus.Unhealthy, afterDeadline.Status);
        Assert.Contains("silent", afterDeadline.Description, StringComparison.Ordinal);
        Assert.Equal(false, afterDeadline.Data["connected"]);
    }

    private static Task<HealthCheckResult> CheckAsync(DiscordAdapterStatus status) => status.CheckHealthAsync(new HealthCheckContext
    {
        Registration = new HealthCheckRegistration("discord", status, HealthStatus.Unhealthy, null),
    });
}
