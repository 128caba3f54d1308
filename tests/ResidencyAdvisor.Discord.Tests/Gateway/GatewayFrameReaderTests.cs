using System.Text;
using System.Text.Json;
using ResidencyAdvisor.Discord.Gateway;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Tests.Gateway;

public class GatewayFrameReaderTests
{
    [Fact]
    public void A_dispatch_keeps_its_data_as_sent_and_reads_it_into_its_type()
    {
        var frame = Read("""{"t":"INTERACTION_CREATE","s":42,"op":0,"extra":{"x":[1,2]},"d":{"id":"900","type":3,"token":"tok","application_id":"1"}}""");

        Assert.Equal((0, 42, "INTERACTION_CREATE"), (frame.Op, frame.S, frame.T));
        Assert.Equal("""{"id":"900","type":3,"token":"tok","application_id":"1"}""", Encoding.UTF8.GetString(frame.D!.Value.Span));
        var interaction = frame.Data(DiscordJsonContext.Default.InteractionPayload);
        Assert.Equal(("900", "tok"), (interaction!.Id, interaction.Token));
    }

    [Theory]
    [InlineData("""{"op":9,"d":true,"s":null,"t":null}""", true)]
    [InlineData("""{"op":9,"d":false}""", false)]
    public void Invalid_session_reads_whether_it_may_resume(string json, bool resumable)
    {
        var frame = Read(json);

        Assert.Equal(9, frame.Op);
        Assert.Equal(resumable, frame.DataIsTrue);
        Assert.Null(frame.S);
    }

    [Fact]
    public void A_null_or_missing_d_has_no_data()
    {
        Assert.Null(Read("""{"op":11,"d":null}""").D);
        Assert.Null(Read("""{"op":11}""").Data(DiscordJsonContext.Default.ReadyPayload));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("""{"d":{}}""")]
    [InlineData("""{"op":0,"d":{}""")]
    [InlineData("""{"op":0} {"op":1}""")]
    [InlineData("""{"op":"zero"}""")]
    public void A_frame_that_is_not_an_object_with_an_op_is_malformed(string json)
    {
        Assert.ThrowsAny<JsonException>(() => GatewayFrameReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    private static GatewayPayload Read(string json) => GatewayFrameReader.Read(Encoding.UTF8.GetBytes(json));
}
