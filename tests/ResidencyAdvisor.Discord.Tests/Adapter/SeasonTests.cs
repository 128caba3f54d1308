using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Season;
using ResidencyAdvisor.Discord.Tests.Season;
using static ResidencyAdvisor.Discord.Tests.Adapter.WireAssertions;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>The season companion as a student uses it on Discord: the plan file, the checklist, what's next, reminders.</summary>
public class SeasonTests : DiscordTestBed
{
    internal const string GuildId = "600000000000000006";

    [Fact]
    public async Task Plan_file_arrives_ephemeral_in_a_server_byte_for_byte_the_plan_for_the_same_answers()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);

        var turn = await student.ClickAsync(Labels[ChatLabel.SendMyPlan]);

        var attachment = Assert.Single(turn.Exchange.Attachments);
        Assert.True(attachment.Ephemeral);
        Assert.Equal(OverHttp ? "edit-original" : "callback", attachment.Via);
        Assert.Equal("residency-plan.md", attachment.File.FileName);
        Assert.StartsWith("text/markdown", attachment.File.ContentType, StringComparison.Ordinal);
        var (expected, report) = await ExpectedPlan.ForAsync(harness.Store, Key(student, GuildId));
        Assert.Equal(expected, attachment.File.Content);
        var text = Encoding.UTF8.GetString(attachment.File.Content);
        Assert.StartsWith(AdviceMarkdown.Write(report), text, StringComparison.Ordinal);
        Assert.Contains("## Your checklist (0 of", text, StringComparison.Ordinal);
        Assert.Contains("Your plan is attached as residency-plan.md", turn.Notice, StringComparison.Ordinal);
        WithinLimits(attachment.Message);

        // The recommendation the button was on stays on screen, its buttons still working.
        Assert.Contains("Your recommendation", student.Text(), StringComparison.Ordinal);
        AnsweredOnce(turn);
        Assert.DoesNotContain(harness.Server.Requests, r => r.Status >= 400);
    }

    [Fact]
    public async Task Plan_file_arrives_as_a_normal_message_in_a_DM()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness, guildId: null);

        var turn = await student.ClickAsync(Labels[ChatLabel.SendMyPlan]);

        var attachment = Assert.Single(turn.Exchange.Attachments);
        Assert.False(attachment.Ephemeral);
        Assert.Null(Flags(turn));
        Assert.Equal((await ExpectedPlan.ForAsync(harness.Store, Key(student, "dm"))).Bytes, attachment.File.Content);
    }

    [Fact]
    public async Task Advise_action_plan_sends_the_file_as_a_new_message_only_the_student_sees()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);

        var turn = await student.SlashAsync("plan");

        var attachment = Assert.Single(turn.Exchange.Attachments);
        Assert.True(attachment.Ephemeral);
        Assert.Equal(64, Flags(turn));
        Assert.Contains("Your plan is attached", student.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_after_the_plan_blanks_the_plan_message_and_takes_its_file_away()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);
        var plan = await student.ClickAsync(Labels[ChatLabel.SendMyPlan]);
        var edits = plan.Exchange.Edits.Count;

        await student.ClickAsync("Forget my answers");

        Assert.Contains("everything you told me has been erased", student.Text(), StringComparison.Ordinal);
        Assert.Contains(student.Buttons(), b => (string?)b["label"] == "Start again");
        await ConversationTests.WaitUntilAsync(() => plan.Exchange.Edits.Count > edits);
        var blanked = plan.Exchange.Edits.Last();
        Assert.Equal("(Erased at your request.)", (string?)blanked["content"]);
        Assert.Empty(blanked["attachments"]!.AsArray());
    }

    [Fact]
    public async Task A_slow_plan_click_defers_and_the_file_follows_as_a_message_only_the_student_sees()
    {
        SlowStore? slow = null;
        await using var harness = await StartAsync(settings: new() { ["Discord:DeferAfter"] = "00:00:00.100" }, wrapStore: inner => slow = new SlowStore(inner));
        var student = await AtRecommendationAsync(harness);
        slow!.Delay = TimeSpan.FromMilliseconds(400);

        var turn = await student.ClickAsync(Labels[ChatLabel.SendMyPlan]);

        Assert.Equal(6, turn.ResponseType);
        var attachment = Assert.Single(turn.Exchange.Attachments);
        Assert.Equal(("follow-up", true), (attachment.Via, attachment.Ephemeral));
        Assert.Equal((await ExpectedPlan.ForAsync(harness.Store, Key(student, GuildId))).Bytes, attachment.File.Content);
        Assert.Empty(turn.Exchange.Edits);
        Assert.Contains("Your recommendation", student.Text(), StringComparison.Ordinal);
        AnsweredOnce(turn);

        // Forgetting blanks the plan's follow-up, and leaves alone the message the click was deferred on. The bot learns
        // the follow-up's id from Discord's answer, a moment after the student sees it.
        slow.Delay = TimeSpan.Zero;
        var held = harness.Host.Services.GetRequiredService<EditableReplies>();
        await ConversationTests.WaitUntilAsync(() => held.Count == 2);
        await student.ClickAsync("Forget my answers");
        await ConversationTests.WaitUntilAsync(() => turn.Exchange.FollowUpEdits.Count > 0);
        Assert.Empty(Assert.Single(turn.Exchange.FollowUpEdits).Message["attachments"]!.AsArray());
        Assert.Empty(turn.Exchange.Edits);
        Assert.Contains(student.Buttons(), b => (string?)b["label"] == "Start again");
    }

    [Fact]
    public async Task A_slow_plan_command_defers_and_the_deferred_message_becomes_the_plan()
    {
        SlowStore? slow = null;
        await using var harness = await StartAsync(settings: new() { ["Discord:DeferAfter"] = "00:00:00.100" }, wrapStore: inner => slow = new SlowStore(inner));
        var student = await AtRecommendationAsync(harness);
        slow!.Delay = TimeSpan.FromMilliseconds(400);

        var turn = await student.SlashAsync("plan");

        Assert.Equal((5, 64), (turn.ResponseType, Flags(turn)));
        var attachment = Assert.Single(turn.Exchange.Attachments);
        Assert.Equal(("edit-original", true), (attachment.Via, attachment.Ephemeral));
        Assert.Contains("Your plan is attached", student.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticking_a_task_in_the_checklist_menu_shows_the_tick_and_the_next_plan_file_has_it()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);
        await student.ClickAsync(Labels[ChatLabel.MyChecklist]);
        var total = student.Options(Labels[ChatLabel.TickTask]).Count;
        Assert.Contains($"Your checklist: 0 of {total} done", student.Text(), StringComparison.Ordinal);

        var turn = await student.PickAsync(Labels[ChatLabel.TickTask], "2");

        Assert.Equal(7, turn.ResponseType);
        Assert.Contains($"Your checklist: 1 of {total} done", student.Text(), StringComparison.Ordinal);
        Assert.Contains("Ticked 2:", student.Text(), StringComparison.Ordinal);
        Assert.Contains("✅ **2.**", student.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(student.Options(Labels[ChatLabel.TickTask]), o => (string?)o["value"] == "2");
        Assert.Equal(["2"], student.Options(Labels[ChatLabel.UntickTask]).Select(o => (string?)o["value"]));
        Assert.All(student.Seen, WithinLimits);

        var plan = await student.ClickAsync(Labels[ChatLabel.SendMyPlan]);
        var file = Assert.Single(plan.Exchange.Attachments).File.Content;
        Assert.Equal((await ExpectedPlan.ForAsync(harness.Store, Key(student, GuildId))).Bytes, file);
        Assert.Contains("## Your checklist (1 of", Encoding.UTF8.GetString(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_a_time_zone_in_the_checklist_menu_saves_it_and_moves_the_reminders_with_it()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);
        await student.ClickAsync(Labels[ChatLabel.RemindMe]);
        await student.ClickAsync(Labels[ChatLabel.MyChecklist]);
        Assert.Contains(student.Options(Labels[ChatLabel.ShowMyDatesIn]), o => (string?)o["value"] == "America/Chicago");

        await student.PickAsync(Labels[ChatLabel.ShowMyDatesIn], "America/Chicago");

        Assert.Contains("Your dates are now shown in America/Chicago.", student.Text(), StringComparison.Ordinal);
        Assert.Equal("America/Chicago", (await harness.Store.LoadAsync(Key(student, GuildId), default))!.TimeZoneId);
        Assert.Equal("America/Chicago", (await harness.Reminders.GetAsync(Key(student, GuildId), default))!.TimeZoneId);
        Assert.All(student.Seen, WithinLimits);
    }

    [Fact]
    public async Task Taking_a_tick_back_in_the_menu_shows_the_task_open_again()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);
        await student.ClickAsync(Labels[ChatLabel.MyChecklist]);
        await student.PickAsync(Labels[ChatLabel.TickTask], "3");

        await student.PickAsync(Labels[ChatLabel.UntickTask], "3");

        Assert.Contains("Marked 3 as not done", student.Text(), StringComparison.Ordinal);
        Assert.Contains("⬜ **3.**", student.Text(), StringComparison.Ordinal);
        Assert.Empty(student.Options(Labels[ChatLabel.UntickTask]));
    }

    [Fact]
    public async Task A_tick_survives_a_restart_of_the_bot_and_the_checklist_on_screen_keeps_working()
    {
        var before = await StartAsync();
        var student = await AtRecommendationAsync(before);
        await student.ClickAsync(Labels[ChatLabel.MyChecklist]);
        await student.PickAsync(Labels[ChatLabel.TickTask], "1");
        var shared = before.HandOver();
        await before.DisposeAsync();

        await using var after = await StartAsync(shared: shared);
        await student.PickAsync(Labels[ChatLabel.TickTask], "4");
        Assert.Contains("✅ **1.**", student.Text(), StringComparison.Ordinal);
        Assert.Contains("✅ **4.**", student.Text(), StringComparison.Ordinal);

        var fresh = await student.SlashAsync("checklist");
        Assert.Contains("Your checklist: 2 of", student.Text(), StringComparison.Ordinal);
        Assert.Equal(64, Flags(fresh));
    }

    [Fact]
    public async Task Whats_next_lists_the_coming_dates_with_their_official_pages()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);
        await student.ClickAsync(Labels[ChatLabel.MyChecklist]);

        await student.ClickAsync(Labels[ChatLabel.WhatsNext]);

        var calendar = TestContent.Content.Calendar;
        Assert.Contains("Coming up: " + calendar.Cycle, student.Text(), StringComparison.Ordinal);
        Assert.Contains($"**{calendar.Milestones[0].Title}**: not published yet ([official page]({calendar.Milestones[0].Source.AbsoluteUri}))",
            student.Text(), StringComparison.Ordinal);
        Assert.All(student.Seen, WithinLimits);

        await student.ClickAsync(Labels[ChatLabel.BackToMyRecommendation]);
        Assert.Contains("Your recommendation", student.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_me_subscribes_and_the_reminders_Stop_button_in_the_DM_removes_the_subscription()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);
        var key = new ConversationKey("discord", GuildId, student.UserId);

        var on = await student.ClickAsync(Labels[ChatLabel.RemindMe]);

        Assert.Contains("Reminders are on", on.Notice, StringComparison.Ordinal);
        Assert.Equal(64, Flags(on));
        Assert.Contains("Your recommendation", student.Text(), StringComparison.Ordinal);
        Assert.Equal(StudentTimeZone.DefaultId, (await harness.Reminders.GetAsync(key, default))?.TimeZoneId);

        var sender = harness.Host.Services.GetServices<IReminderSender>().Single(s => s.Platform == "discord");
        Assert.Equal(ReminderDelivery.Sent, await sender.SendAsync(key, new ReminderMessage("Coming up in 7 days: Match Week.", ["Certify your list."], "Still open:"), default));
        var reminder = Assert.Single(harness.Server.DmsTo(student.UserId));
        var stop = (string)reminder.Message["components"]![0]!["components"]![0]!["custom_id"]!;

        var stopped = await harness.Student(student.UserId, guildId: null).ClickCustomIdAsync(stop);

        Assert.Equal("Reminders are off. I will not message you about the season's dates.", stopped.Notice);
        Assert.Null(await harness.Reminders.GetAsync(key, default));
        AnsweredOnce(stopped);
    }

    [Fact]
    public async Task Stopping_from_one_servers_reminder_leaves_the_reminders_asked_for_in_the_DM()
    {
        await using var harness = await StartAsync();
        var inServer = await AtRecommendationAsync(harness);
        await inServer.ClickAsync(Labels[ChatLabel.RemindMe]);
        var inDm = await AtRecommendationAsync(harness, guildId: null);
        await inDm.ClickAsync(Labels[ChatLabel.RemindMe]);

        await harness.Student(inServer.UserId, guildId: null).ClickCustomIdAsync(StopRemindersId.For(GuildId));

        Assert.Null(await harness.Reminders.GetAsync(new ConversationKey("discord", GuildId, inServer.UserId), default));
        Assert.NotNull(await harness.Reminders.GetAsync(new ConversationKey("discord", "dm", inServer.UserId), default));
    }

    [Fact]
    public async Task Advise_action_reminders_and_stop_reminders_turn_them_on_and_off()
    {
        await using var harness = await StartAsync();
        var student = await AtRecommendationAsync(harness);
        var key = new ConversationKey("discord", GuildId, student.UserId);

        await student.SlashAsync("reminders");
        Assert.NotNull(await harness.Reminders.GetAsync(key, default));

        var off = await student.SlashAsync("stop-reminders");

        Assert.Equal(64, Flags(off));
        Assert.Contains("Reminders are off", student.Text(), StringComparison.Ordinal);
        Assert.Null(await harness.Reminders.GetAsync(key, default));
    }

    [Fact]
    public async Task Asking_for_the_plan_before_the_recommendation_says_not_yet_and_sends_no_file()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");

        var turn = await student.SlashAsync("plan");

        Assert.Empty(turn.Exchange.Attachments);
        Assert.Contains("isn't available yet", student.Text(), StringComparison.Ordinal);
        Assert.StartsWith("Question 2 of", StudentScript.Title(student), StringComparison.Ordinal);
    }

    private static ConversationKey Key(FakeDiscordUser student, string scope) => new("discord", scope, student.UserId);

    /// <summary>A student who answered every question and sees their recommendation.</summary>
    internal static async Task<FakeDiscordUser> AtRecommendationAsync(AdapterHarness harness, string? guildId = GuildId)
    {
        var student = harness.Student(guildId: guildId);
        await StudentScript.AnswerUntilSummaryAsync(student, await student.SlashAsync());
        await student.ClickAsync("See my recommendation");
        Assert.Contains("Your recommendation", student.Text(), StringComparison.Ordinal);
        return student;
    }
}
