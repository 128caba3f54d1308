using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>A modal the bot opened with views.open.</summary>
public sealed record FakeView(string Id, string TriggerId, string? User, JsonObject View)
{
    public string Title => (string?)View["title"]?["text"] ?? "";
}
