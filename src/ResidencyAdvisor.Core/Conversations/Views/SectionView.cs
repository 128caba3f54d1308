using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>One guidance section opened from the result.</summary>
public sealed record SectionView(GuidanceSection Section, AdviceReport Report) : ReplyView;
