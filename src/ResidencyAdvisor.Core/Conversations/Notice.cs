namespace ResidencyAdvisor.Core.Conversations;

/// <summary>A short message shown with (or instead of) the next view.</summary>
public sealed record Notice(NoticeKind Kind, string Text);
