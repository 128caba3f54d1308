using System.Text.Json.Nodes;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.SocketMode;

public class IgnoredAndMalformedTests : SlackTestBed
{
    [Theory]
    [InlineData("bot_id")]
    [InlineData("message_changed")]
    [InlineData("own_user")]
    public async Task The_bot_acks_and_ignores_its_own_messages_and_edits(string kind)
    {
        var student = Student();
        var payload = student.DmEvent("Question 1 of 14", "Ev" + kind);
        var message = (JsonObject)payload["event"]!;
        switch (kind)
        {
            case "bot_id": message["bot_id"] = FakeSlack.BotId; break;
            case "message_changed": message["subtype"] = "message_changed"; break;
            default: message["user"] = FakeSlack.BotUserId; break;
        }

        var delivery = await Slack.SendEnvelopeAsync("events_api", payload, student.Channel);
        await delivery.Acked.WaitAsync(Wait);
        await Task.Delay(Quiet);

        Assert.Empty(Slack.Messages(student.Channel));
    }

    [Fact]
    public async Task Malformed_frames_are_logged_and_the_adapter_keeps_running()
    {
        var broken = await Slack.SendEnvelopeAsync("events_api", new JsonObject { ["event"] = "not an object" }, null);
        await Slack.SendRawAsync(new JsonObject { ["type"] = "events_api", ["payload"] = new JsonObject() });
        await Slack.SendRawAsync(JsonValue.Create("just a string")!);
        await broken.Acked.WaitAsync(Wait);

        var first = await GreetAsync(Student());

        Assert.Equal("Licensing exam", first.Header);
        Assert.True(Adapter.Logs.Entries.Count(e => e.EventId == 3007) >= 2);
        Assert.True(Adapter.Status.Connected);
    }
}
