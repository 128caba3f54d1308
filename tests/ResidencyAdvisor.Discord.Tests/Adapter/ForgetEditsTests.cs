using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Interactions;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>Issue 11, finding 3 on Discord: forget blanks the earlier replies the bot can still reach in other places.</summary>
public class ForgetEditsTests : DiscordTestBed
{
    private const string Student = "500000000000000055";
    private const string FirstServer = "600000000000000061";
    private const string SecondServer = "600000000000000062";

    [Fact]
    public async Task Forget_in_one_server_blanks_the_latest_reply_in_the_other_server_and_the_DM()
    {
        await using var harness = await StartAsync();
        var (first, second, dm) = await StartInThreePlacesAsync(harness);

        await first.ClickAsync("Forget my answers");

        Assert.Contains("everything you told me has been erased", first.Text(), StringComparison.Ordinal);
        Assert.Contains(first.Buttons(), b => (string?)b["label"] == "Start again");
        foreach (var elsewhere in new[] { second, dm })
        {
            await ShowsErasedAsync(elsewhere);
            Assert.Empty(elsewhere.Components());
            Assert.DoesNotContain("Exam score", elsewhere.Text(), StringComparison.Ordinal);
        }

        Assert.Equal(0, harness.Store.Count);
    }

    [Fact]
    public async Task Advise_forget_also_blanks_the_latest_earlier_reply_in_the_same_server()
    {
        await using var harness = await StartAsync();
        var (first, second, _) = await StartInThreePlacesAsync(harness);
        var reopened = new FakeDiscordUser(harness.Server, Student, FirstServer);
        await reopened.SlashAsync();
        Assert.StartsWith("Question 2 of", StudentScript.Title(reopened));

        await first.SlashAsync("forget");

        Assert.Contains("everything you told me has been erased", first.Text(), StringComparison.Ordinal);
        await ShowsErasedAsync(reopened);
        await ShowsErasedAsync(second);
    }

    [Fact]
    public async Task A_reply_continued_in_a_follow_up_message_is_blanked_in_that_message_too()
    {
        await using var harness = await StartAsync();
        var second = new FakeDiscordUser(harness.Server, Student, SecondServer);
        await second.SlashAsync();
        var shown = await second.ClickAsync("USMLE");

        // Real guidance rarely needs a follow-up, so one is sent on the reply's token and registered as part of it.
        using var http = new HttpClient();
        using var posted = await http.PostAsync($"{harness.Server.ApiBaseUrl}/webhooks/{harness.Server.Settings.ApplicationId}/{shown.Exchange.Token}",
            new StringContent("""{"content":"Part 2: your score of 241 ..."}""", System.Text.Encoding.UTF8, "application/json"));
        var followUp = (string)System.Text.Json.Nodes.JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["id"]!;
        harness.Host.Services.GetRequiredService<EditableReplies>().Remember(
            new("discord", SecondServer, Student), harness.Server.Settings.ApplicationId, shown.Exchange.Token, null, [followUp], TimeSpan.Zero);
        var first = new FakeDiscordUser(harness.Server, Student, FirstServer);
        await first.SlashAsync();

        await first.SlashAsync("forget");

        await ShowsErasedAsync(second);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!shown.Exchange.FollowUpEdits.Any(e => e.MessageId == followUp))
        {
            await Task.Delay(20, timeout.Token);
        }

        var edit = shown.Exchange.FollowUpEdits.Single(e => e.MessageId == followUp).Message;
        Assert.Equal(TestContent.Content.Notices[StudentNotice.Erased], (string?)edit["content"]);
        Assert.Empty(edit["embeds"]!.AsArray());
        Assert.Empty(edit["components"]!.AsArray());
    }

    [Fact]
    public async Task A_reply_whose_interaction_token_has_expired_is_not_edited()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await StartAsync(replyClock: clock);
        var second = new FakeDiscordUser(harness.Server, Student, SecondServer);
        await second.SlashAsync();
        var old = await second.ClickAsync("USMLE");

        // The reply is remembered just after it was sent; only then does its token age past Discord's 15 minutes.
        var held = harness.Host.Services.GetRequiredService<EditableReplies>();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (held.Find(new("discord", SecondServer, Student))?.Token != old.Exchange.Token)
            {
                await Task.Delay(20, timeout.Token);
            }
        }

        clock.Advance(TimeSpan.FromMinutes(15));
        var first = new FakeDiscordUser(harness.Server, Student, FirstServer);
        await first.SlashAsync();

        await first.SlashAsync("forget");

        Assert.Contains("everything you told me has been erased", first.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Server.Requests, r => r.Method == "PATCH" && r.Path.Contains(old.Exchange.Token, StringComparison.Ordinal));
        second.Refresh();
        Assert.StartsWith("Question 2 of", StudentScript.Title(second));
        Assert.Equal(0, harness.Store.Count);
    }

    [Fact]
    public async Task A_second_forget_edits_nothing_more()
    {
        await using var harness = await StartAsync();
        var (first, second, dm) = await StartInThreePlacesAsync(harness);
        await first.ClickAsync("Forget my answers");
        await ShowsErasedAsync(second);
        await ShowsErasedAsync(dm);
        var edits = harness.Server.Requests.Count(r => r.Method == "PATCH");

        await first.SlashAsync("forget");

        Assert.Contains("There was nothing to erase", first.Text(), StringComparison.Ordinal);
        Assert.Equal(edits, harness.Server.Requests.Count(r => r.Method == "PATCH"));
        Assert.Equal(0, harness.Store.Count);
    }

    /// <summary>The blanking edit follows the forget reply; waits (bounded) for it to reach the message on screen.</summary>
    private static async Task ShowsErasedAsync(FakeDiscordUser user)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (user.Text() != TestContent.Content.Notices[StudentNotice.Erased])
        {
            await Task.Delay(20, timeout.Token);
            user.Refresh();
        }

        Assert.Empty(user.Components());
    }

    private static async Task<(FakeDiscordUser First, FakeDiscordUser Second, FakeDiscordUser Dm)> StartInThreePlacesAsync(AdapterHarness harness)
    {
        var places = new[] { FirstServer, SecondServer, null }.Select(g => new FakeDiscordUser(harness.Server, Student, g)).ToArray();
        foreach (var place in places)
        {
            await place.SlashAsync();
            await place.ClickAsync("USMLE");
            Assert.StartsWith("Question 2 of", StudentScript.Title(place));
        }

        Assert.Equal(3, harness.Store.Count);
        return (places[0], places[1], places[2]);
    }
}
