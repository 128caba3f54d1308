using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Notices (re-ask messages, welcome back, erased...) as the first blocks of a reply.</summary>
internal static class NoticeBlocks
{
    public static IReadOnlyList<Block> Render(IReadOnlyList<Notice> notices) =>
        [.. notices.Select((n, i) => (Block)Blocks.Section(Icon(n.Kind) + Mrkdwn.Escape(n.Text), $"notice-{i}"))];

    public static string Text(IReadOnlyList<Notice> notices) => string.Join(" ", notices.Select(n => n.Text));

    private static string Icon(NoticeKind kind) => kind switch
    {
        NoticeKind.InvalidAnswer or NoticeKind.TryAgainShortly => ":warning: ",
        NoticeKind.OutOfDate or NoticeKind.AlreadyRecorded => ":information_source: ",
        _ => "",
    };
}
