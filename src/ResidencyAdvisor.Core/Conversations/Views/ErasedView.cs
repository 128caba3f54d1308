namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>Everything saved about the student was erased.</summary>
public sealed record ErasedView : ReplyView;
