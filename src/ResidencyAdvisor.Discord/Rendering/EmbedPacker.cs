using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>
/// Lays text blocks out as embeds: a block longer than a description is split with <see cref="TextSplitter"/> (whole
/// paragraphs and sentences, never mid-sentence), and embeds are grouped into messages of at most 10 embeds and
/// 6000 characters.
/// </summary>
internal static class EmbedPacker
{
    public const int Color = 0x2B6CB0;

    // Shorter than the 4096 description limit so a long item reads as several cards rather than one wall of text.
    private const int ChunkLength = 2048;

    /// <summary>Room left for the first message's embeds when it also carries other embeds.</summary>
    public static List<List<EmbedPayload>> Pack(IEnumerable<EmbedBlock> blocks, int firstMessageBudget = DiscordLimits.EmbedTotal)
    {
        var messages = new List<List<EmbedPayload>> { new() };
        var used = DiscordLimits.EmbedTotal - firstMessageBudget;
        foreach (var embed in blocks.SelectMany(ToEmbeds))
        {
            var size = DiscordLimits.Size(embed);
            if (messages[^1].Count >= DiscordLimits.Embeds || used + size > DiscordLimits.EmbedTotal)
            {
                messages.Add([]);
                used = 0;
            }

            messages[^1].Add(embed);
            used += size;
        }

        return messages;
    }

    private static IEnumerable<EmbedPayload> ToEmbeds(EmbedBlock block)
    {
        var title = block.Title is null ? null : LabelFitter.Fit(block.Title, DiscordLimits.EmbedTitle);
        var chunks = string.IsNullOrWhiteSpace(block.Text) ? [] : TextSplitter.Split(block.Text, ChunkLength);
        if (chunks.Count == 0)
        {
            yield return new EmbedPayload { Title = title ?? "\u200b", Color = Color };
            yield break;
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            yield return new EmbedPayload { Title = i == 0 ? title : null, Description = chunks[i], Color = Color };
        }
    }
}
