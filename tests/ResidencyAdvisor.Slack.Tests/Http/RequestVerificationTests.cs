using System.Net;
using System.Text;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Http;

/// <summary>
/// Requests Slack never sends: each is refused before it is read, and each leaves no trace: no conversation saved, no
/// Web API call, no event id spent, and one log line that names only the reason.
/// </summary>
public sealed class RequestVerificationTests : SlackTestBed
{
    private const string User = "U0ATTACKER";

    protected override bool OverHttp => true;

    private SlackStudent Attacker => Student(User);

    private FakeHttpRequest Hi(string eventId = "EvForged") => FakeHttpRequest.For("events_api", Attacker.DmEvent("hi", eventId));

    [Fact]
    public async Task A_forged_signature_is_refused_with_401_and_changes_nothing()
    {
        var request = Hi();
        var timestamp = SlackRequestSigner.Timestamp(DateTimeOffset.UtcNow);

        var (status, _) = await Slack.PostAsync(request, timestamp, SlackRequestSigner.Sign("not-the-secret", timestamp, request.Body));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingHappenedAsync("BadSignature");
    }

    [Fact]
    public async Task A_stale_timestamp_is_refused_even_when_correctly_signed()
    {
        var request = Hi();
        var timestamp = SlackRequestSigner.Timestamp(DateTimeOffset.UtcNow.AddMinutes(-6));

        var (status, _) = await Slack.PostAsync(request, timestamp, SlackRequestSigner.Sign(FakeSlack.SigningSecret, timestamp, request.Body));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingHappenedAsync("StaleTimestamp");
    }

    [Fact]
    public async Task A_request_without_the_signature_headers_is_refused()
    {
        var (status, _) = await Slack.PostAsync(Hi(), omitHeaders: true);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingHappenedAsync("MissingHeaders");
    }

    [Fact]
    public async Task A_body_altered_after_signing_is_refused()
    {
        var signed = Hi();
        var timestamp = SlackRequestSigner.Timestamp(DateTimeOffset.UtcNow);
        var signature = SlackRequestSigner.Sign(FakeSlack.SigningSecret, timestamp, signed.Body);
        var altered = signed with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed.Body).Replace("\"hi\"", "\"forget\"", StringComparison.Ordinal)) };

        var (status, _) = await Slack.PostAsync(altered, timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingHappenedAsync("BadSignature");
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_before_it_is_read()
    {
        var padding = new string('x', 300 * 1024);
        var request = FakeHttpRequest.For("events_api", Attacker.DmEvent(padding, "EvHuge"));

        var (status, _) = await Slack.PostAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        await AssertNothingHappenedAsync("MaxRequestBodyBytes");
    }

    [Fact]
    public async Task A_refused_event_id_is_still_answered_when_Slack_itself_sends_it()
    {
        var request = Hi("EvLater");
        await Slack.PostAsync(request, omitHeaders: true);

        await Slack.PostAsync(request);
        var first = await Attacker.NextMessageAsync();

        Assert.Equal("Licensing exam", first.Header);
    }

    [Fact]
    public async Task The_url_verification_challenge_is_echoed_only_when_signed()
    {
        var body = Encoding.UTF8.GetBytes("""{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");
        var request = new FakeHttpRequest(body, "application/json");

        var (status, answer) = await Slack.PostAsync(request);
        var (forgedStatus, forgedAnswer) = await Slack.PostAsync(request, omitHeaders: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", answer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedStatus);
        Assert.Empty(forgedAnswer);
    }

    private async Task AssertNothingHappenedAsync(string reason)
    {
        await Task.Delay(Quiet);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", FakeSlack.TeamId, User), default));
        Assert.DoesNotContain(Slack.Calls, c => c.Method != "auth.test");
        Assert.Equal(0, Attacker.UnreadMessages);
        var refusals = Adapter.Logs.Entries.Where(e => e.Message.StartsWith("Refused a request", StringComparison.Ordinal)).ToArray();
        var refusal = Assert.Single(refusals);
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("v0=", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeSlack.SigningSecret, string.Join("\n", Adapter.Logs.Entries.Select(e => e.Message)), StringComparison.Ordinal);
    }
}
