using System.Text.Json.Nodes;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

public class StaleAndUnknownClickTests : SlackTestBed
{
    [Fact]
    public async Task A_click_on_an_old_message_is_told_it_is_out_of_date_and_changes_nothing()
    {
        var student = Student();
        var first = await GreetAsync(student);
        var stale = Copy(first);
        await student.ClickAsync(first, "USMLE");
        var second = await student.NextMessageAsync();

        await student.ClickAsync(stale, "COMLEX");
        var notice = await student.NextEphemeralAsync();

        Assert.Matches("already recorded|out of date", notice.Text);
        await Task.Delay(Quiet);
        Assert.Equal(0, student.UnreadMessages);
        Assert.Contains("USMLE", second.AllText(), StringComparison.Ordinal);
        Assert.True(second.HasControls);
    }

    [Fact]
    public async Task An_unknown_action_id_gets_a_short_note_and_the_adapter_keeps_going()
    {
        var student = Student();
        var first = await GreetAsync(student);

        await student.SendActionAsync(first, new JsonObject { ["type"] = "button", ["action_id"] = "not-ours", ["value"] = "x" }, []);
        var note = await student.NextEphemeralAsync();
        await student.ClickAsync(first, "USMLE");
        var second = await student.NextMessageAsync();

        Assert.Contains("don't recognise", note.Text, StringComparison.Ordinal);
        Assert.Equal("Exam score", second.Header);
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3011);
    }

    private static FakeMessage Copy(FakeMessage message) =>
        new(message.Channel, message.Ts, message.Text, (JsonArray)message.Blocks.DeepClone(), null);
}
