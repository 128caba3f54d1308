using System.Text;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Tests.Season;

public class PlanFileUploadTests : SeasonApi
{
    private const string Dm = "D" + Student;

    private static readonly byte[] Plan = Encoding.UTF8.GetBytes("# My residency plan\n\n- [x] Radiology statement\n- [ ] Rank order list ✓ é\n");

    [Fact]
    public async Task The_plan_file_arrives_in_the_students_DM_through_both_steps_with_its_exact_bytes()
    {
        var outcome = await Api().UploadFileAsync(FakeSlack.TeamId, Dm, "residency-plan.md", "My residency plan", Plan,
            "Here is your plan.", CancellationToken.None);

        Assert.Equal(FileUploadOutcome.Shared, outcome);
        var upload = Assert.Single(Slack.Uploads);
        Assert.Equal("residency-plan.md", upload.Filename);
        Assert.Equal(Plan.Length, upload.Length);
        Assert.Equal(Plan, upload.Bytes);
        Assert.Equal(Dm, upload.Channel);
        Assert.Equal("My residency plan", upload.Title);
        Assert.Equal("Here is your plan.", upload.InitialComment);
        Assert.Equal(["files.getUploadURLExternal", FakeSlack.UploadMethod, "files.completeUploadExternal"], Slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task The_upload_URL_gets_the_bytes_but_never_the_bot_token()
    {
        await Api().UploadFileAsync(FakeSlack.TeamId, Dm, "residency-plan.md", "My residency plan", Plan, null, CancellationToken.None);

        Assert.False(Assert.Single(Slack.Uploads).BytesCameWithToken);
        Assert.All(Slack.Calls.Where(c => c.Method.StartsWith("files.", StringComparison.Ordinal)), c => Assert.Equal(FakeSlack.BotToken, c.Token));
    }

    [Fact]
    public async Task The_reservation_is_sent_as_a_form_with_the_name_and_the_byte_length()
    {
        await Api().UploadFileAsync(FakeSlack.TeamId, Dm, "residency-plan.md", "My residency plan", Plan, null, CancellationToken.None);

        var reserve = Assert.Single(Slack.Calls, c => c.Method == "files.getUploadURLExternal");
        Assert.Equal("residency-plan.md", (string?)reserve.Body["filename"]);
        Assert.Equal(Plan.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)reserve.Body["length"]);
        Assert.Equal(0, Slack.NullFieldRequests);
    }

    [Fact]
    public async Task A_workspace_installed_without_files_write_gets_the_missing_scope_outcome_and_nothing_is_uploaded()
    {
        Slack.WithoutFilesWrite(FakeSlack.TeamId);

        var outcome = await Api().UploadFileAsync(FakeSlack.TeamId, Dm, "residency-plan.md", "My residency plan", Plan, null, CancellationToken.None);

        Assert.Equal(FileUploadOutcome.MissingScope, outcome);
        Assert.Empty(Slack.Uploads);
        Assert.DoesNotContain(Slack.Calls, c => c.Method is FakeSlack.UploadMethod or "files.completeUploadExternal");
    }

    [Fact]
    public async Task A_rate_limited_completion_is_retried_after_its_Retry_After_and_the_file_is_shared_once()
    {
        Slack.RateLimitNext("files.completeUploadExternal", TimeSpan.FromSeconds(2));

        var outcome = await Api().UploadFileAsync(FakeSlack.TeamId, Dm, "residency-plan.md", "My residency plan", Plan, null, CancellationToken.None);

        Assert.Equal(FileUploadOutcome.Shared, outcome);
        Assert.Equal([429, 200], Slack.Calls.Where(c => c.Method == "files.completeUploadExternal").Select(c => c.Status));
        Assert.Contains(TimeSpan.FromSeconds(2), Time.Delays);
        Assert.Equal(Dm, Assert.Single(Slack.Uploads).Channel);
    }

    [Fact]
    public async Task A_rate_limit_longer_than_the_cap_fails_the_upload_like_any_other_call()
    {
        Slack.RateLimitNext("files.getUploadURLExternal", TimeSpan.FromMinutes(5));

        var ex = await Assert.ThrowsAsync<SlackApiException>(() =>
            Api().UploadFileAsync(FakeSlack.TeamId, Dm, "residency-plan.md", "My residency plan", Plan, null, CancellationToken.None));

        Assert.Equal("ratelimited", ex.Error);
        Assert.Empty(Slack.Uploads);
    }

    [Fact]
    public async Task Sharing_the_file_takes_its_turn_in_the_DMs_message_rate_limit()
    {
        var api = Api(o => o.ChannelMessageBurst = 1);

        await api.UploadFileAsync(FakeSlack.TeamId, Dm, "one.md", "One", Plan, null, CancellationToken.None);
        await api.UploadFileAsync(FakeSlack.TeamId, Dm, "two.md", "Two", Plan, null, CancellationToken.None);

        Assert.Contains(Time.Delays, d => d > TimeSpan.FromMilliseconds(900));
        Assert.Equal(2, Slack.Uploads.Count(u => u.Channel == Dm));
    }
}
