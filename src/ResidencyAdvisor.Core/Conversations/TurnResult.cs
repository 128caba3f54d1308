namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The engine's outcome: the reply, and whether the state must be saved before replying.</summary>
public sealed record TurnResult(Reply Reply, bool Changed);
