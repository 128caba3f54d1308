namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>A heading and its text, before it is split into embeds that fit Discord's limits.</summary>
internal sealed record EmbedBlock(string? Title, string Text);
