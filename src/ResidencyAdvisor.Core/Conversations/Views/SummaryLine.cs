using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Views;

/// <summary>One answered question on the summary, which the student can change.</summary>
public sealed record SummaryLine(Step Step, string StepId, string Title, string Answer);
