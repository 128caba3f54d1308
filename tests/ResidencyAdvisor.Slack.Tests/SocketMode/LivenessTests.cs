using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.SocketMode;

namespace ResidencyAdvisor.Slack.Tests.SocketMode;

/// <summary>Finding 5 and the socket half of 8: a stalled, never-opening or flooding socket is noticed and replaced.</summary>
public class LivenessTests : SlackTestBed
{
    private static readonly Dictionary<string, string?> QuickLiveness = new()
    {
        ["Slack:KeepAliveInterval"] = "00:00:01",
        ["Slack:ConnectTimeout"] = "00:00:01",
    };

    protected override bool StartAdapter => false;

    [Fact]
    public async Task A_socket_that_stalls_with_TCP_up_is_dropped_health_turns_unhealthy_and_a_fresh_socket_serves_the_student()
    {
        Slack.RelaySockets();
        await StartAdapterAsync(QuickLiveness);
        await Slack.WaitForSocketAsync(0, Wait);
        await EventuallyAsync(() => Adapter.Status.Connected, "the adapter to see hello");
        Assert.Equal(HealthStatus.Healthy, (await HealthAsync()).Status);

        Slack.RelaySockets(hangHandshakes: true);
        Slack.StallSockets();
        await EventuallyAsync(() => !Adapter.Status.Connected, "the stalled socket to be dropped");
        Assert.Equal(HealthStatus.Unhealthy, (await HealthAsync()).Status);

        Slack.RelaySockets(hangHandshakes: false);
        await Slack.WaitForSocketAsync(1, Wait);
        Assert.Equal("Licensing exam", (await GreetAsync(Student())).Header);
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3005);
    }

    [Fact]
    public async Task A_WebSocket_handshake_that_never_completes_times_out_and_is_retried()
    {
        Slack.RelaySockets(hangHandshakes: true);
        await StartAdapterAsync(QuickLiveness);

        await Slack.WaitUntilAsync(() => Adapter.Logs.Entries.FirstOrDefault(e => e.EventId == 3006 && e.Exception is TimeoutException), Wait, "a connect timeout");
        Slack.RelaySockets(hangHandshakes: false);
        await Slack.WaitForSocketAsync(0, Wait);

        Assert.True(Slack.ConnectionsOpened >= 2);
        await EventuallyAsync(() => Adapter.Status.Connected, "the adapter to connect");
    }

    [Fact]
    public async Task A_message_over_the_cap_closes_the_socket_with_1009_and_a_fresh_one_opens()
    {
        await StartAdapterAsync();
        var first = await Slack.WaitForSocketAsync(0, Wait);

        await Slack.SendRawAsync(new JsonObject { ["type"] = "events_api", ["pad"] = new string('x', SocketModeConnection.MaxMessageBytes + 1) });
        await first.Closed.WaitAsync(Wait);
        await Slack.WaitForSocketAsync(1, Wait);

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, first.ClosedWith);
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3019);
        Assert.Equal("Licensing exam", (await GreetAsync(Student())).Header);
    }

    private Task<HealthCheckResult> HealthAsync() => Adapter.Status.CheckHealthAsync(new HealthCheckContext
    {
        Registration = new HealthCheckRegistration("slack", Adapter.Status, HealthStatus.Unhealthy, null),
    });

    /// <summary>Polls a condition the adapter changes on its own (no event to await), failing after <see cref="SlackTestBed.Wait"/>.</summary>
    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for " + what);
            await Task.Delay(20);
        }
    }
}
