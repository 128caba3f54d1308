namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>All answers before the result; any line can be changed.</summary>
public sealed record SummaryView(IReadOnlyList<SummaryLine> Lines) : ReplyView;
