using ResidencyAdvisor.Core.Conversations.Views;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The advisor's answer to one input: notices, then a view, with the ids buttons must carry.</summary>
public sealed record Reply(string SessionId, int Turn, IReadOnlyList<Notice> Notices, ReplyView? View)
{
    public bool Has(NoticeKind kind) => Notices.Any(n => n.Kind == kind);

    /// <summary>True when nothing changed because the input came from an out-of-date message.</summary>
    public bool IsStale => Has(NoticeKind.OutOfDate) || Has(NoticeKind.AlreadyRecorded);
}
