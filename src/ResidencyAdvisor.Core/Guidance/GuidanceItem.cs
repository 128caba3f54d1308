namespace ResidencyAdvisor.Core.Guidance;

/// <summary>One piece of guidance: a camelCase key (the CLI's JSON name), a heading and paragraphs of plain text.</summary>
public sealed record GuidanceItem(string Key, string Heading, string Text);
