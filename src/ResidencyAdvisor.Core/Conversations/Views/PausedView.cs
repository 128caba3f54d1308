namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>The questionnaire is paused; any message resumes it.</summary>
public sealed record PausedView : ReplyView;
