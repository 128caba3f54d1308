using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Slack.BlockKit;

/// <summary>A modal view for views.open.</summary>
internal sealed record ModalView(TextObject Title, TextObject Submit, TextObject Close, IReadOnlyList<Block> Blocks,
    string CallbackId, string PrivateMetadata)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "modal";
}
