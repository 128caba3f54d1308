using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Tests.Rendering;

public class DiscordLimitsTests
{
    private static readonly Dictionary<string, Func<MessagePayload, MessagePayload>> Breakers = new (string Name, Func<MessagePayload, MessagePayload> Break)[]
    {
        ("content over 2000", m => m with { Content = new string('a', 2001) }),
        ("11 embeds", m => m with { Embeds = [.. Enumerable.Range(0, 11).Select(_ => new EmbedPayload { Title = "t" })] }),
        ("title over 256", m => m with { Embeds = [new EmbedPayload { Title = new string('a', 257) }] }),
        ("description over 4096", m => m with { Embeds = [new EmbedPayload { Description = new string('a', 4097) }] }),
        ("26 fields", m => m with { Embeds = [new EmbedPayload { Fields = [.. Enumerable.Range(0, 26).Select(_ => new EmbedFieldPayload("n", "v"))] }] }),
        ("field name over 256", m => m with { Embeds = [new EmbedPayload { Fields = [new EmbedFieldPayload(new string('a', 257), "v")] }] }),
        ("field value over 1024", m => m with { Embeds = [new EmbedPayload { Fields = [new EmbedFieldPayload("n", new string('a', 1025))] }] }),
        ("embeds over 6000 together", m => m with { Embeds = [new EmbedPayload { Description = new string('a', 4000) }, new EmbedPayload { Description = new string('a', 2001) }] }),
        ("6 rows", m => m with { Components = [.. Enumerable.Range(0, 6).Select(i => Components.Row(Button("b" + i)))] }),
        ("6 buttons in a row", m => m with { Components = [Components.Row([.. Enumerable.Range(0, 6).Select(i => Button("b" + i))])] }),
        ("a select beside a button", m => m with { Components = [Components.Row(Select(3), Button("b"))] }),
        ("empty custom id", m => m with { Components = [Components.Row(Button("b") with { CustomId = "" })] }),
        ("custom id over 100", m => m with { Components = [Components.Row(Button("b") with { CustomId = new string('a', 101) })] }),
        ("repeated custom id", m => m with { Components = [Components.Row(Button("x"), Button("x"))] }),
        ("button label over 80", m => m with { Components = [Components.Row(Button("b") with { Label = new string('a', 81) })] }),
        ("select with no options", m => m with { Components = [Components.Row(Select(0))] }),
        ("select with 26 options", m => m with { Components = [Components.Row(Select(26))] }),
        ("option label over 100", m => m with { Components = [Components.Row(Select(1) with { Options = [new SelectOptionPayload(new string('a', 101), "v")] })] }),
        ("option value over 100", m => m with { Components = [Components.Row(Select(1) with { Options = [new SelectOptionPayload("l", new string('a', 101))] })] }),
        ("option description over 100", m => m with { Components = [Components.Row(Select(1) with { Options = [new SelectOptionPayload("l", "v", new string('a', 101))] })] }),
        ("placeholder over 150", m => m with { Components = [Components.Row(Select(2) with { Placeholder = new string('a', 151) })] }),
    }.ToDictionary(c => c.Name, c => c.Break);

    public static IEnumerable<object[]> BrokenMessages() => Breakers.Keys.Select(name => new object[] { name });

    [Fact]
    public void A_plain_message_breaks_no_limit() => Assert.Empty(DiscordLimits.Violations(Valid()));

    [Theory]
    [MemberData(nameof(BrokenMessages))]
    public void A_message_over_a_limit_is_caught(string limit) =>
        Assert.NotEmpty(DiscordLimits.Violations(Breakers[limit](Valid())));

    [Theory]
    [InlineData(46, 1, 10)]
    [InlineData(10, 6, 10)]
    [InlineData(10, 1, 46)]
    [InlineData(10, 0, 10)]
    public void A_modal_over_a_limit_is_caught(int titleLength, int inputs, int labelLength)
    {
        var modal = new ModalPayload("ra:m:s:1:exam", new string('t', titleLength),
            [.. Enumerable.Range(0, inputs).Select(i => Components.Row(new ComponentPayload { Type = ComponentTypes.TextInput, CustomId = "i" + i, Label = new string('l', labelLength), Style = 1 }))]);

        Assert.NotEmpty(DiscordLimits.Violations(modal));
    }

    private static MessagePayload Valid() => new()
    {
        Content = "hello",
        Embeds = [new EmbedPayload { Title = "t", Description = "d" }],
        Components = [Components.Row(Button("ok"))],
    };

    private static ComponentPayload Button(string id) =>
        new() { Type = ComponentTypes.Button, Style = 1, Label = "Label", CustomId = id };

    private static ComponentPayload Select(int options) => new()
    {
        Type = ComponentTypes.StringSelect,
        CustomId = "select",
        MinValues = Math.Min(1, options),
        MaxValues = Math.Max(1, Math.Min(1, options)),
        Options = [.. Enumerable.Range(0, options).Select(i => new SelectOptionPayload("l" + i, "v" + i))],
    };
}
