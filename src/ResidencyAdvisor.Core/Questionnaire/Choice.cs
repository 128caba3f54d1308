namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>One option of a question: a stable id, a short label and an optional description.</summary>
public sealed record Choice(string Id, string Label, string? Description = null);
