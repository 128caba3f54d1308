using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>
/// A file the bot attached to an interaction's message: how it came ("callback", "edit-original" or "follow-up"), the
/// message it came with, the file, and whether only the student sees that message.
/// </summary>
public sealed record FakeAttachment(string Via, JsonObject Message, FakeFile File, bool Ephemeral);
