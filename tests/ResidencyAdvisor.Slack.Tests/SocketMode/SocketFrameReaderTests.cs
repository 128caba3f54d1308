using System.Text;
using System.Text.Json;
using ResidencyAdvisor.Slack.Payloads;
using ResidencyAdvisor.Slack.SocketMode;

namespace ResidencyAdvisor.Slack.Tests.SocketMode;

public class SocketFrameReaderTests
{
    [Fact]
    public void An_envelope_keeps_its_payload_as_sent_and_reads_it_into_its_type()
    {
        var frame = Read("""{"envelope_id":"e-1","type":"slash_commands","extra":[{"a":1}],"accepts_response_payload":true,"retry_attempt":2,"retry_reason":"timeout","payload":{"command":"/advise","user_id":"U1","team_id":"T1","text":"forget"}}""");

        Assert.Equal(("slash_commands", "e-1", 2, "timeout", true), (frame.Type, frame.EnvelopeId, frame.RetryAttempt, frame.RetryReason, frame.AcceptsResponsePayload));
        Assert.Equal("""{"command":"/advise","user_id":"U1","team_id":"T1","text":"forget"}""", Encoding.UTF8.GetString(frame.Payload.Span));
        var command = frame.PayloadAs(SlackJsonContext.Default.SlashCommandPayload);
        Assert.Equal(("U1", "T1", "forget"), (command!.UserId, command.TeamId, command.Text));
    }

    [Fact]
    public void Hello_and_disconnect_have_no_payload_and_reading_one_is_a_json_error()
    {
        var hello = Read("""{"type":"hello","num_connections":1,"debug_info":{"host":"x"}}""");
        var disconnect = Read("""{"type":"disconnect","reason":"refresh_requested","payload":null}""");

        Assert.Equal("hello", hello.Type);
        Assert.Equal(("disconnect", "refresh_requested"), (disconnect.Type, disconnect.Reason));
        Assert.True(disconnect.Payload.IsEmpty);
        Assert.Throws<JsonException>(() => hello.PayloadAs(SlackJsonContext.Default.EventCallbackPayload));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"type":5}""")]
    [InlineData("""{"type":"events_api","retry_attempt":"two"}""")]
    [InlineData("""{"type":"events_api","payload":{}""")]
    [InlineData("""{"type":"hello"} {"type":"hello"}""")]
    [InlineData("")]
    public void A_frame_that_is_not_an_envelope_object_is_malformed(string json)
    {
        Assert.ThrowsAny<JsonException>(() => SocketFrameReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    private static SocketMessagePayload Read(string json) => SocketFrameReader.Read(Encoding.UTF8.GetBytes(json));
}
