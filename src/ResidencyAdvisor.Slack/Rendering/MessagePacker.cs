using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Packs blocks into as many messages as Slack's 50-block limit needs; the controls go on the last one.</summary>
internal static class MessagePacker
{
    public static IReadOnlyList<SlackMessage> Pack(IReadOnlyList<Block> body, IReadOnlyList<Block> tail, string fallback, string continued)
    {
        var messages = new List<SlackMessage>();
        var all = body.Concat(tail).ToList();
        var text = BlockKitLimits.Fallback(fallback);
        while (all.Count > BlockKitLimits.MessageBlocks)
        {
            // Keep the tail whole on the last message.
            var take = Math.Clamp(all.Count - tail.Count, 1, BlockKitLimits.MessageBlocks);
            messages.Add(new SlackMessage(messages.Count == 0 ? text : text + " " + continued, all.Take(take).ToArray()));
            all.RemoveRange(0, take);
        }

        messages.Add(new SlackMessage(messages.Count == 0 ? text : text + " " + continued, all));
        return messages;
    }
}
