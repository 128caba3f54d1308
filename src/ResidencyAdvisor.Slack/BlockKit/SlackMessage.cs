namespace ResidencyAdvisor.Slack.BlockKit;

/// <summary>A message ready to send: fallback text (notifications, screen readers) and its blocks.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
