using System.Text.Json.Nodes;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

public class SelectAndSlashTextTests : SlackTestBed
{
    [Fact]
    public async Task A_choice_picked_from_a_static_select_is_recorded()
    {
        var student = Student();
        var first = await GreetAsync(student);
        // The real questions have at most five choices (buttons), so send what a select on question 1 would send.
        var parts = ((string)first.Elements().First(e => (string?)e.Element["value"] == "comlex").Element["action_id"]!).Split(':');
        var selectId = $"ra:select:{parts[2]}:{parts[3]}:{parts[4]}";

        await student.SendActionAsync(first, new JsonObject
        {
            ["type"] = "static_select", ["action_id"] = selectId, ["block_id"] = "answer",
            ["selected_option"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "COMLEX" }, ["value"] = "comlex" },
        }, []);
        var second = await student.NextMessageAsync();

        Assert.Contains("COMLEX Level 2-CE", second.AllText(), StringComparison.Ordinal);
        Assert.Contains("Your answer: COMLEX", first.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advise_forget_erases_the_saved_answers()
    {
        var student = Student("U0FORGET");
        await student.SlashCommandAsync();
        var first = await student.NextMessageAsync();
        await student.ClickAsync(first, "USMLE");
        await student.NextMessageAsync();

        await student.SlashCommandAsync("forget");
        var erased = await student.NextMessageAsync();

        Assert.Contains("erased", erased.AllText(), StringComparison.Ordinal);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", FakeSlack.TeamId, student.UserId), default));
    }
}
