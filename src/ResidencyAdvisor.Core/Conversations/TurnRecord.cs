using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>What a saved turn did, for metrics: never the answer itself.</summary>
/// <param name="Path">The recommended path id when the turn reached the result.</param>
public sealed record TurnRecord(string Platform, InputKind Input, Step From, Step To, bool Erased, string? Path = null);
