using System.Text.Json;
using System.Text.Json.Nodes;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Tests.Interactions;

/// <summary>The season's buttons, menus and /advise choices read back as the inputs the engine expects.</summary>
public class SeasonControlTests
{
    [Theory]
    [InlineData(ControlAction.Plan, "ra:pl:abcd2345:7", InputKind.Plan)]
    [InlineData(ControlAction.Checklist, "ra:cl:abcd2345:7", InputKind.Checklist)]
    [InlineData(ControlAction.WhatsNext, "ra:wn:abcd2345:7", InputKind.WhatsNext)]
    [InlineData(ControlAction.RemindersOn, "ra:ro:abcd2345:7", InputKind.RemindersOn)]
    [InlineData(ControlAction.RemindersOff, "ra:rf:abcd2345:7", InputKind.RemindersOff)]
    public void A_season_button_is_read_as_its_input_pinned_to_the_message_it_was_on(ControlAction action, string wire, InputKind kind)
    {
        Assert.Equal(wire, new CustomId(action, "abcd2345", 7).ToString());

        var input = Click(wire)!.Input!;

        Assert.Equal((kind, "abcd2345", 7), (input.Kind, input.SessionId, input.Turn));
    }

    [Fact]
    public void The_checklist_menus_tick_and_untick_the_chosen_task_number()
    {
        var tick = Click(new CustomId(ControlAction.TickTask, "abcd2345", 7).ToString(), "3")!.Input!;
        var untick = Click(new CustomId(ControlAction.UntickTask, "abcd2345", 8).ToString(), "12")!.Input!;

        Assert.Equal((InputKind.TickTask, "3", 7), (tick.Kind, Assert.Single(tick.Values), tick.Turn));
        Assert.Equal((InputKind.UntickTask, "12", 8), (untick.Kind, Assert.Single(untick.Values), untick.Turn));
    }

    [Fact]
    public void A_tick_without_a_chosen_task_is_an_unknown_button_not_a_turn()
    {
        var parsed = Click(new CustomId(ControlAction.TickTask, "abcd2345", 7).ToString())!;

        Assert.Null(parsed.Input);
        Assert.Equal(StudentNotice.UnknownButton, parsed.Problem);
    }

    [Fact]
    public void The_reminders_stop_button_is_not_one_of_the_conversation_codes_and_names_the_scope_it_stops()
    {
        var stop = StopRemindersId.For("600000000000000006");

        Assert.False(CustomId.TryParse(stop, out _));
        var parsed = Click(stop, guildId: null)!;
        Assert.Equal("600000000000000006", parsed.StopRemindersScope);
        Assert.Equal("500000000000000005", parsed.Key.UserId);
        Assert.Null(parsed.Input);
    }

    [Theory]
    [InlineData("plan", InputKind.Plan)]
    [InlineData("checklist", InputKind.Checklist)]
    [InlineData("whats-next", InputKind.WhatsNext)]
    [InlineData("reminders", InputKind.RemindersOn)]
    [InlineData("stop-reminders", InputKind.RemindersOff)]
    [InlineData("restart", InputKind.Restart)]
    [InlineData("forget", InputKind.Forget)]
    [InlineData(null, InputKind.Start)]
    public void Each_advise_action_choice_is_read_as_its_input(string? action, InputKind kind)
    {
        var data = new JsonObject { ["id"] = "1", ["name"] = "advise", ["type"] = 1 };
        if (action is not null)
        {
            data["options"] = new JsonArray(new JsonObject { ["name"] = "action", ["type"] = 3, ["value"] = action });
        }

        var input = Parse(2, data, "600000000000000006")!.Input!;

        Assert.Equal(kind, input.Kind);
        Assert.False(input.IsPinned);
    }

    [Fact]
    public void Every_registered_action_choice_is_one_the_parser_reads()
    {
        var choices = CommandRegistrar.Commands(Labels)[0].Options![0].Choices!;

        Assert.Equal(["plan", "checklist", "whats-next", "reminders", "stop-reminders", "restart", "forget"], choices.Select(c => c.Value));
        Assert.True(choices.Count <= 25);
    }

    private static ParsedInteraction? Click(string customId, string? value = null, string? guildId = "600000000000000006")
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = value is null ? 2 : 3 };
        if (value is not null)
        {
            data["values"] = new JsonArray(value);
        }

        return Parse(3, data, guildId);
    }

    private static ParsedInteraction? Parse(int type, JsonObject data, string? guildId)
    {
        var json = new JsonObject { ["id"] = "1", ["application_id"] = "2", ["type"] = type, ["token"] = "t", ["channel_id"] = "3", ["data"] = data };
        var user = new JsonObject { ["id"] = "500000000000000005" };
        if (guildId is null)
        {
            json["user"] = user;
        }
        else
        {
            json["guild_id"] = guildId;
            json["member"] = new JsonObject { ["user"] = user };
        }

        if (type == 3)
        {
            json["message"] = new JsonObject { ["id"] = "9" };
        }

        return InteractionParser.Parse(JsonSerializer.Deserialize(json.ToJsonString(), DiscordJsonContext.Default.InteractionPayload)!);
    }
}
