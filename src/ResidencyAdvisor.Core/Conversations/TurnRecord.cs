using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>What a saved turn did, for metrics: never the answer itself.</summary>
public sealed record TurnRecord(string Platform, InputKind Input, Step From, Step To, bool Erased);
