namespace ResidencyAdvisor.Slack.Tests.SocketMode;

public class ReconnectTests : SlackTestBed
{
    [Fact]
    public async Task Refresh_requested_opens_a_fresh_socket_before_the_old_one_closes()
    {
        var old = await Slack.WaitForSocketAsync(0, Wait);

        await old.SendDisconnectAsync("refresh_requested");
        var fresh = await Slack.WaitForSocketAsync(1, Wait);

        Assert.True(old.IsOpen, "the old socket is still open when the new one says hello");
        var lateOnOld = await Slack.SendEnvelopeAsync("events_api", Student("U0LATE").DmEvent("hi", "EvLate"), "DU0LATE", via: old);
        await lateOnOld.Acked.WaitAsync(Wait);
        await old.CloseAsync();
        await old.Closed.WaitAsync(Wait);

        var student = Student();
        var first = await GreetAsync(student);
        Assert.Equal("Licensing exam", first.Header);
        Assert.True(fresh.IsOpen);
        Assert.True(Adapter.Status.Connected);
    }

    [Fact]
    public async Task A_dropped_socket_reconnects_and_the_conversation_goes_on()
    {
        var student = Student();
        var first = await GreetAsync(student);

        (await Slack.WaitForSocketAsync(0, Wait)).Drop();
        await Slack.WaitForSocketAsync(1, Wait);
        await student.ClickAsync(first, "USMLE");
        var second = await student.NextMessageAsync();

        Assert.Equal("Exam score", second.Header);
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3005);
        Assert.Equal(2, Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task Several_connections_are_kept_when_configured()
    {
        await Adapter.DisposeAsync();
        await StartAdapterAsync(new Dictionary<string, string?> { ["Slack:Connections"] = "3" });

        await Slack.WaitForSocketAsync(3, Wait);

        Assert.Equal(3, Slack.Sockets.Skip(1).Count(s => s.IsOpen));
    }
}
