using ResidencyAdvisor.Core.Conversations.Views;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The advisor's answer to one input: notices, then a view, with the ids buttons must carry.</summary>
public sealed record Reply(string SessionId, int Turn, IReadOnlyList<Notice> Notices, ReplyView? View)
{
    /// <summary>
    /// The reply to a repeat of a delivery already handled (a gateway resume, a retry, a replayed request): nothing was
    /// saved, and the adapter shows nothing, since the first delivery was answered.
    /// </summary>
    public static Reply Replayed { get; } = new("", 0, [], null) { IsReplay = true };

    public bool IsReplay { get; private init; }

    public bool Has(NoticeKind kind) => Notices.Any(n => n.Kind == kind);

    /// <summary>True when nothing changed because the input came from an out-of-date message.</summary>
    public bool IsStale => Has(NoticeKind.OutOfDate) || Has(NoticeKind.AlreadyRecorded);
}
