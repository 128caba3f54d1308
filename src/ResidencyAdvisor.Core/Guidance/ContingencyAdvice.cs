using ResidencyAdvisor.Core.Advice;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>A contingency strategy with its explanation.</summary>
public sealed record ContingencyAdvice(Contingency Contingency, string Id, string Title, string Text);
