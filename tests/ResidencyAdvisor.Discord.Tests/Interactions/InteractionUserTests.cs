using System.Text.Json;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Tests.Interactions;

/// <summary>Issue 18, item 9: whose conversation an interaction belongs to comes from the field Discord sends for where it happened.</summary>
public class InteractionUserTests
{
    [Fact]
    public void Outside_a_server_the_user_field_names_the_student_even_when_a_member_field_names_someone_else()
    {
        var parsed = Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","channel_id":"3","user":{"id":"111"},
             "member":{"user":{"id":"999"}},"data":{"name":"advise"}}
            """);

        Assert.Equal(("dm", "111"), (parsed.Key.Scope, parsed.Key.UserId));
    }

    [Fact]
    public void Outside_a_server_a_payload_with_only_a_member_field_is_answered_for_nobody()
    {
        Assert.Null(InteractionParser.Parse(Payload("""
            {"id":"1","application_id":"2","type":2,"token":"t","channel_id":"3","member":{"user":{"id":"999"}},"data":{"name":"advise"}}
            """)));
    }

    [Fact]
    public void In_a_server_the_member_field_names_the_student_in_that_server()
    {
        var parsed = Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","guild_id":"444","channel_id":"3","member":{"user":{"id":"999"}},
             "data":{"name":"advise"}}
            """);

        Assert.Equal(("444", "999"), (parsed.Key.Scope, parsed.Key.UserId));
    }

    private static ParsedInteraction Parse(string json) => InteractionParser.Parse(Payload(json)) ?? throw new InvalidOperationException("not parsed");

    private static InteractionPayload Payload(string json) =>
        JsonSerializer.Deserialize(json, DiscordJsonContext.Default.InteractionPayload) ?? throw new InvalidOperationException("no payload");
}
