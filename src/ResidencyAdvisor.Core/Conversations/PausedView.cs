namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The questionnaire is paused; any message resumes it.</summary>
public sealed record PausedView : ReplyView;
