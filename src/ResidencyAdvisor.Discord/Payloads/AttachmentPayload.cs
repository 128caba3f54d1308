namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>A file's entry in a message's "attachments": its id is the n of the files[n] part that carries the bytes.</summary>
internal sealed record AttachmentPayload(int Id, string Filename, string? Description = null);
