namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>An initial response carrying a message (types 4 and 7) or nothing but a flag (types 5 and 6).</summary>
internal sealed record MessageResponsePayload(int Type, MessagePayload? Data);

/// <summary>An initial response that opens a modal (type 9).</summary>
internal sealed record ModalResponsePayload(int Type, ModalPayload Data);

/// <summary>A modal: a title and up to five labels, each wrapping one text input.</summary>
internal sealed record ModalPayload(string CustomId, string Title, List<ComponentPayload> Components);
