using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>The next (or re-asked) question.</summary>
public sealed record QuestionView(Prompt Prompt) : ReplyView;
