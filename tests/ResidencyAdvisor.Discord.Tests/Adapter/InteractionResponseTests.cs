using ResidencyAdvisor.Discord.Fakes;
using static ResidencyAdvisor.Discord.Tests.Adapter.WireAssertions;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

public class InteractionResponseTests : DiscordTestBed
{
    [Fact]
    public async Task A_click_on_an_old_question_gets_a_short_ephemeral_notice_and_changes_nothing()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        var oldComlex = (string)student.Buttons().First(b => (string?)b["label"] == "COMLEX")["custom_id"]!;
        await student.ClickAsync("USMLE");
        await student.ClickAsync("Enter your answer");
        await student.SubmitModalAsync("241");

        var stale = await student.ClickCustomIdAsync(oldComlex);

        Assert.Equal(4, stale.ResponseType);
        Assert.Equal(64, Flags(stale));
        Assert.Contains("out of date", stale.Notice, StringComparison.Ordinal);
        Assert.StartsWith("Question 3 of", StudentScript.Title(student));
        await student.SlashAsync();
        Assert.StartsWith("Question 3 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task Opening_the_number_modal_from_an_old_message_says_it_is_out_of_date_instead()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        var oldEnter = (string)student.Buttons().First(b => (string?)b["label"] == "Enter your answer")["custom_id"]!;
        await StudentScript.NumberAsync(student, "241");

        var stale = await student.ClickCustomIdAsync(oldEnter);

        Assert.Equal(4, stale.ResponseType);
        Assert.Contains("out of date", stale.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_click_on_another_students_message_starts_their_own_conversation_in_a_new_message()
    {
        await using var harness = await StartAsync();
        var owner = harness.Student();
        await owner.SlashAsync();
        var ownersButton = (string)owner.Buttons().First(b => (string?)b["label"] == "USMLE")["custom_id"]!;

        var other = harness.Student(userId: "800000000000000008");
        var turn = await other.ClickCustomIdAsync(ownersButton);

        var response = await turn.Exchange.InitialResponse;
        Assert.Equal(4, turn.ResponseType);
        Assert.Equal(64, Flags(turn));
        Assert.StartsWith("Question 1 of", (string?)response["data"]!["embeds"]![0]!["title"], StringComparison.Ordinal);
        await owner.SlashAsync();
        Assert.StartsWith("Question 1 of", StudentScript.Title(owner));
    }

    [Fact]
    public async Task An_unknown_custom_id_gets_a_clear_ephemeral_message()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();

        var turn = await student.ClickCustomIdAsync("some-other-bot:button");

        Assert.Equal(4, turn.ResponseType);
        Assert.Equal(64, Flags(turn));
        Assert.Contains("/advise", turn.Notice, StringComparison.Ordinal);
        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task Forget_my_answers_erases_the_conversation_at_once()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        Assert.Equal(1, harness.Store.Count);

        await student.ClickAsync("Forget my answers");

        Assert.Equal(0, harness.Store.Count);
        Assert.Contains("erased", student.Text(), StringComparison.Ordinal);
        Assert.Contains(student.Buttons(), b => (string?)b["label"] == "Start again");
    }

    [Fact]
    public async Task Advise_forget_erases_the_students_data_from_the_command()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");

        var turn = await student.SlashAsync("forget");

        Assert.Equal(0, harness.Store.Count);
        Assert.Equal(64, Flags(turn));
        Assert.Contains("erased", student.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_turn_on_a_click_is_deferred_then_the_message_is_edited_in_place()
    {
        SlowStore? slow = null;
        await using var harness = await StartAsync(
            settings: new() { ["Discord:DeferAfter"] = "00:00:00.100" },
            wrapStore: inner => slow = new SlowStore(inner));
        var student = harness.Student();
        await student.SlashAsync();
        slow!.Delay = TimeSpan.FromMilliseconds(400);

        var turn = await student.ClickAsync("USMLE");

        Assert.Equal(6, turn.ResponseType);
        Assert.Single(turn.Exchange.Edits);
        Assert.Equal(1, turn.Exchange.CallbackCount);
        Assert.StartsWith("Question 2 of", StudentScript.Title(student));
        Assert.Contains(harness.Server.Requests, r => r.Method == "PATCH" && r.Path.Contains($"/webhooks/{harness.Server.Settings.ApplicationId}/", StringComparison.Ordinal));
        if (OverHttp)
        {
            Assert.Equal(200, turn.Exchange.HttpStatus);
        }
    }

    [Fact]
    public async Task A_slow_slash_command_is_deferred_ephemerally_then_edited()
    {
        SlowStore? slow = null;
        await using var harness = await StartAsync(
            settings: new() { ["Discord:DeferAfter"] = "00:00:00.100" },
            wrapStore: inner => slow = new SlowStore(inner) { Delay = TimeSpan.FromMilliseconds(400) });
        var student = harness.Student();

        var turn = await student.SlashAsync();

        Assert.Equal(5, turn.ResponseType);
        Assert.Equal(64, Flags(turn));
        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task When_the_store_is_down_a_click_keeps_the_question_and_says_try_again()
    {
        SlowStore? slow = null;
        await using var harness = await StartAsync(wrapStore: inner => slow = new SlowStore(inner));
        var student = harness.Student();
        await student.SlashAsync();
        slow!.Down = true;

        var turn = await student.ClickAsync("USMLE");

        Assert.Equal(4, turn.ResponseType);
        Assert.Contains("try again", turn.Notice, StringComparison.Ordinal);
        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
    }
}
