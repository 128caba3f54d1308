using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Tests.Rendering;

public class BlockKitLimitsTests
{
    private static readonly TextObject Ok = TextObject.Plain("ok");

    private static readonly Dictionary<string, SlackMessage> Broken = new()
    {
        ["fallback"] = new SlackMessage("", [new DividerBlock()]),
        ["blocks in a message"] = Message([.. Enumerable.Range(0, 51).Select(i => new DividerBlock("d" + i))]),
        ["section text"] = Message(new SectionBlock(TextObject.Markdown(new string('a', 3001)))),
        ["section fields"] = Message(new SectionBlock(null, Fields: [.. Enumerable.Repeat(Ok, 11)])),
        ["section field"] = Message(new SectionBlock(null, Fields: [TextObject.Markdown(new string('a', 2001))])),
        ["header text"] = Message(new HeaderBlock(TextObject.Plain(new string('a', 151)))),
        ["elements in an actions block"] = Message(new ActionsBlock([.. Enumerable.Range(0, 26).Select(i => Button("b" + i))])),
        ["button text"] = Message(new ActionsBlock([new ButtonElement(TextObject.Plain(new string('a', 76)), "id")])),
        ["button value"] = Message(new ActionsBlock([new ButtonElement(Ok, "id", new string('v', 2001))])),
        ["action_id"] = Message(new ActionsBlock([Button(new string('i', 256))])),
        ["block_id"] = Message(new DividerBlock(new string('b', 256))),
        ["action_id 'x' unique"] = Message(new ActionsBlock([Button("x")], "a"), new ActionsBlock([Button("x")], "b")),
        ["block_id 'x' unique"] = Message(new DividerBlock("x"), new DividerBlock("x")),
        ["static select options"] = Message(new ActionsBlock([Select(101, "v", "t")])),
        ["option text"] = Message(new ActionsBlock([Select(1, "v", new string('t', 76))])),
        ["option value"] = Message(new ActionsBlock([Select(1, new string('v', 151), "t")])),
        ["checkbox options"] = Message(new ActionsBlock([new CheckboxesElement("c", [.. Enumerable.Range(0, 11).Select(i => new OptionObject(Ok, "v" + i))])])),
    };

    public static TheoryData<string> Limits => [.. Broken.Keys];

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_message_breaking_a_limit_is_reported(string limit)
    {
        Assert.Contains(BlockKitLimits.Validate(Broken[limit]), e => e.StartsWith(limit, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("submit")]
    [InlineData("close")]
    [InlineData("blocks")]
    public void A_modal_breaking_a_limit_is_reported(string part)
    {
        var longText = TextObject.Plain(new string('m', 25));
        var modal = new ModalView(part == "title" ? longText : Ok, part == "submit" ? longText : Ok, part == "close" ? longText : Ok,
            [.. Enumerable.Range(0, part == "blocks" ? 101 : 1).Select(i => new DividerBlock("d" + i))], "cb", "meta");

        Assert.NotEmpty(BlockKitLimits.Validate(modal));
    }

    [Fact]
    public void A_message_at_every_limit_exactly_is_accepted()
    {
        var message = Message(
        [
            new HeaderBlock(TextObject.Plain(new string('h', 150)), "h"),
            new SectionBlock(TextObject.Markdown(new string('s', 3000)), "s", [.. Enumerable.Range(0, 10).Select(_ => TextObject.Markdown(new string('f', 2000)))]),
            new ActionsBlock([.. Enumerable.Range(0, 24).Select(i => Button("b" + i)), new ButtonElement(TextObject.Plain(new string('t', 75)), new string('i', 255), new string('v', 2000))], "a"),
            new ActionsBlock([Select(100, "v", new string('o', 75))], "sel"),
            .. Enumerable.Range(0, 46).Select(i => new DividerBlock("d" + i)),
        ]);

        Assert.Equal(50, message.Blocks.Count);
        Assert.Empty(BlockKitLimits.Validate(message));
    }

    private static SlackMessage Message(params Block[] blocks) => new("fallback", blocks);

    private static ButtonElement Button(string actionId) => new(Ok, actionId);

    private static StaticSelectElement Select(int count, string value, string text) =>
        new(Ok, "sel", [.. Enumerable.Range(0, count).Select(i => new OptionObject(TextObject.Plain(text), count == 1 ? value : value + i))]);
}
