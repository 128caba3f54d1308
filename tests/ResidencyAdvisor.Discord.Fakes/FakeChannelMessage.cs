using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>A message the bot posted to a channel (a DM, as far as this bot goes), with any files it carried.</summary>
public sealed record FakeChannelMessage(string ChannelId, string? RecipientId, JsonObject Message, IReadOnlyList<FakeFile> Files);
