using System.Text;
using System.Text.Json.Nodes;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Tests.Rest;

public class FileAttachmentTests
{
    // Accents and a non-BMP character, so a lossy re-encoding anywhere on the way would show.
    private static readonly byte[] Plan = Encoding.UTF8.GetBytes("# Your residency plan\n\n- [x] Radiology statement — Zoë's draft 📄\n- [ ] SOAP decision\n");

    private static MessageFile PlanFile(byte[]? bytes = null) => new("residency-plan.md", bytes ?? Plan);

    private static MessagePayload Text(string content) => new() { Content = content };

    [Fact]
    public async Task The_plan_file_arrives_as_an_ephemeral_follow_up_with_the_exact_bytes_given()
    {
        await using var harness = await RestHarness.StartAsync();
        var exchange = await harness.InteractionInServerAsync();

        var id = await harness.Client.FollowUpWithFileAsync(harness.AppId, exchange.Token, Text("Here is your plan."), PlanFile(), ephemeral: true, CancellationToken.None);

        var followUp = Assert.Single(exchange.FollowUps);
        Assert.Equal(id, (string?)followUp["id"]);
        Assert.Equal(64, (int?)followUp["flags"]);
        Assert.Equal("Here is your plan.", (string?)followUp["content"]);
        var attachment = Assert.Single(followUp["attachments"]!.AsArray())!;
        Assert.Equal(0, (int?)attachment["id"]);
        Assert.Equal("residency-plan.md", (string?)attachment["filename"]);
        var file = Assert.Single(Uploaded(harness.Server));
        Assert.Equal("files[0]", file.PartName);
        Assert.Equal("residency-plan.md", file.FileName);
        Assert.Equal("text/markdown; charset=utf-8", file.ContentType);
        Assert.Equal(Plan, file.Content);
    }

    [Fact]
    public async Task A_follow_up_in_a_dm_is_not_marked_ephemeral()
    {
        await using var harness = await RestHarness.StartAsync();
        var exchange = await harness.InteractionInServerAsync();

        await harness.Client.FollowUpWithFileAsync(harness.AppId, exchange.Token, Text("Your plan."), PlanFile(), ephemeral: false, CancellationToken.None);

        Assert.Null(Assert.Single(exchange.FollowUps)["flags"]);
    }

    [Fact]
    public async Task Editing_the_original_response_puts_the_file_on_it()
    {
        await using var harness = await RestHarness.StartAsync();
        var exchange = await harness.InteractionInServerAsync();

        await harness.Client.EditOriginalWithFileAsync(harness.AppId, exchange.Token, Text("Your plan is ready."), PlanFile(), CancellationToken.None);

        var edit = Assert.Single(exchange.Edits);
        Assert.Equal("residency-plan.md", (string?)edit["attachments"]![0]!["filename"]);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.EndsWith("/messages/@original", request.Path, StringComparison.Ordinal);
        Assert.Equal(Plan, Assert.Single(request.Files!).Content);
    }

    [Fact]
    public async Task The_plan_file_arrives_in_a_dm_as_a_channel_message()
    {
        await using var harness = await RestHarness.StartAsync();

        var channel = await harness.Client.OpenDmAsync("42", CancellationToken.None);
        await harness.Client.PostChannelMessageAsync(channel, Text("Your plan."), PlanFile(), CancellationToken.None);

        var message = Assert.Single(harness.Server.DmsTo("42"));
        Assert.Equal(channel, message.ChannelId);
        Assert.Null(message.Message["flags"]);
        Assert.Equal("residency-plan.md", Assert.Single(message.Files).FileName);
        Assert.Equal(Plan, message.Files[0].Content);
        Assert.All(harness.Server.Requests, r => Assert.Equal($"Bot {harness.Server.Settings.Token}", r.Authorization));
    }

    [Fact]
    public async Task Content_over_2000_characters_is_refused_before_anything_is_sent()
    {
        await using var harness = await RestHarness.StartAsync();
        var exchange = await harness.InteractionInServerAsync();

        var refused = await Assert.ThrowsAsync<DiscordLimitException>(() =>
            harness.Client.FollowUpWithFileAsync(harness.AppId, exchange.Token, Text(new string('a', 2001)), PlanFile(), ephemeral: true, CancellationToken.None));

        Assert.Contains("content longer than 2000", refused.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task A_file_over_10_MiB_is_refused_before_anything_is_sent_and_one_of_exactly_10_MiB_is_not()
    {
        await using var harness = await RestHarness.StartAsync();
        var channel = await harness.Client.OpenDmAsync("42", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<DiscordLimitException>(() =>
            harness.Client.PostChannelMessageAsync(channel, Text("Your plan."), PlanFile(new byte[(10 * 1024 * 1024) + 1]), CancellationToken.None));
        await harness.Client.PostChannelMessageAsync(channel, Text("Your plan."), PlanFile(new byte[10 * 1024 * 1024]), CancellationToken.None);

        Assert.Contains("upload limit", refused.Message, StringComparison.Ordinal);
        Assert.Equal(10 * 1024 * 1024, Assert.Single(harness.Server.DmsTo("42")).Files[0].Content.Length);
    }

    [Fact]
    public async Task A_429_on_an_upload_is_retried_after_retry_after_and_the_file_arrives_whole()
    {
        await using var harness = await RestHarness.StartAsync();
        var exchange = await harness.InteractionInServerAsync();
        harness.Server.RateLimitNext(exchange.Token, TimeSpan.FromMilliseconds(50));

        await harness.Client.FollowUpWithFileAsync(harness.AppId, exchange.Token, Text("Your plan."), PlanFile(), ephemeral: true, CancellationToken.None);

        Assert.Equal([429, 200], harness.Server.Requests.Select(r => r.Status));
        Assert.All(harness.Server.Requests, r => Assert.Equal(Plan, Assert.Single(r.Files!).Content));
        Assert.Single(exchange.FollowUps);
        Assert.Equal(1, harness.Logs.Count(2011));
    }

    [Fact]
    public async Task Logs_of_a_rejected_upload_never_show_the_interaction_token()
    {
        await using var harness = await RestHarness.StartAsync();
        var exchange = await harness.InteractionInServerAsync();
        harness.Server.FailNext(exchange.Token, 400);

        await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.FollowUpWithFileAsync(harness.AppId, exchange.Token, Text("Your plan."), PlanFile(), ephemeral: true, CancellationToken.None));

        Assert.Equal(1, harness.Logs.Count(2013));
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains(exchange.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_fake_refuses_a_file_part_no_attachment_entry_describes()
    {
        await using var harness = await RestHarness.StartAsync();
        var channel = await harness.Client.OpenDmAsync("42", CancellationToken.None);
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(new JsonObject { ["content"] = "no attachments" }.ToJsonString()), "payload_json" },
            { new ByteArrayContent(Plan), "files[0]", "residency-plan.md" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{harness.Server.ApiBaseUrl}/channels/{channel}/messages") { Content = form };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bot {harness.Server.Settings.Token}");

        using var response = await http.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Empty(harness.Server.ChannelMessages);
    }

    private static IReadOnlyList<FakeFile> Uploaded(FakeDiscordServer server) =>
        [.. server.Requests.Where(r => r.Files is not null).SelectMany(r => r.Files!)];
}
