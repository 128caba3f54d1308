using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Slack.BlockKit;

/// <summary>One layout block of a message or modal; the "type" field comes from the subtype.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(InputBlock), "input")]
internal abstract record Block(string? BlockId);

/// <summary>Large bold plain text at the top of a message.</summary>
internal sealed record HeaderBlock(TextObject Text, string? BlockId = null) : Block(BlockId);

/// <summary>Text (or up to ten fields) with an optional accessory element.</summary>
internal sealed record SectionBlock(TextObject? Text, string? BlockId = null, IReadOnlyList<TextObject>? Fields = null,
    BlockElement? Accessory = null) : Block(BlockId);

/// <summary>A row of interactive elements.</summary>
internal sealed record ActionsBlock(IReadOnlyList<BlockElement> Elements, string? BlockId = null) : Block(BlockId);

/// <summary>Small grey text.</summary>
internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements, string? BlockId = null) : Block(BlockId);

/// <summary>A horizontal rule.</summary>
internal sealed record DividerBlock(string? BlockId = null) : Block(BlockId);

/// <summary>A labelled input, used in the number modal.</summary>
internal sealed record InputBlock(TextObject Label, BlockElement Element, string? BlockId = null, TextObject? Hint = null,
    bool? DispatchAction = null) : Block(BlockId);
