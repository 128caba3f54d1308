using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>The recommendation with the guidance sections it unlocks.</summary>
public sealed record ResultView(AdviceReport Report) : ReplyView;
