using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>A message the bot posted (or updated) in the fake Slack, with helpers to find what a user would click.</summary>
/// <remarks>Blocks are kept as JSON text and parsed on each read: one string per message keeps the fake's live heap small
/// under load, so its garbage collections do not stall the adapter being measured.</remarks>
public sealed class FakeMessage(string channel, string ts, string text, string blocksJson, string? ephemeralUser)
{
    public FakeMessage(string channel, string ts, string text, JsonArray blocks, string? ephemeralUser)
        : this(channel, ts, text, blocks.ToJsonString(), ephemeralUser)
    {
    }

    public string Channel => channel;

    public string Ts => ts;

    public string Text { get; internal set; } = text;

    /// <summary>A fresh copy of the blocks, parsed from the stored JSON.</summary>
    public JsonArray Blocks => JsonNode.Parse(BlocksJson) as JsonArray ?? [];

    internal string BlocksJson { get; set; } = blocksJson;

    /// <summary>Set when the message was posted with chat.postEphemeral to this user only.</summary>
    public string? EphemeralUser => ephemeralUser;

    public int Updates { get; internal set; }

    /// <summary>The header block's text, if any.</summary>
    public string? Header => Blocks.OfType<JsonObject>().FirstOrDefault(b => (string?)b["type"] == "header")?["text"]?["text"]?.GetValue<string>();

    /// <summary>Every button, select, checkbox group, with the id of the block it sits in.</summary>
    public IEnumerable<(JsonObject Element, string? BlockId)> Elements()
    {
        var blocks = Blocks;
        foreach (var block in blocks.OfType<JsonObject>())
        {
            var blockId = (string?)block["block_id"];
            if (block["accessory"] is JsonObject accessory)
            {
                yield return (accessory, blockId);
            }

            foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if ((string?)element["type"] is "button" or "static_select" or "checkboxes")
                {
                    yield return (element, blockId);
                }
            }
        }
    }

    public IEnumerable<string> ButtonLabels() =>
        Elements().Where(e => (string?)e.Element["type"] == "button").Select(e => (string)e.Element["text"]!["text"]!);

    public bool HasControls => Elements().Any();

    /// <summary>All the text a user reads: fallback, headers, sections, fields and context.</summary>
    public string AllText()
    {
        var parts = new List<string> { Text };
        foreach (var block in Blocks.OfType<JsonObject>())
        {
            parts.Add((string?)block["text"]?["text"] ?? "");
            parts.AddRange((block["fields"] as JsonArray ?? []).Select(f => (string?)f?["text"] ?? ""));
            if ((string?)block["type"] == "context")
            {
                parts.AddRange((block["elements"] as JsonArray ?? []).Select(f => (string?)f?["text"] ?? ""));
            }
        }

        return string.Join("\n", parts);
    }
}
