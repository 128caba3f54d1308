using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>One Web API request the fake received: method, body, the conversation it concerns, when (Stopwatch ticks) and its bearer token.</summary>
public sealed record FakeApiCall(string Method, JsonObject Body, string? Channel, long Timestamp, int Status, string? Token = null);
