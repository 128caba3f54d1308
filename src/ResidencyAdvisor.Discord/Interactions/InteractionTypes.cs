namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>Discord's interaction and interaction-response type numbers, and the ephemeral flag.</summary>
internal static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int ModalSubmit = 5;

    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int Modal = 9;

    /// <summary>Only the student sees the message: scores are private.</summary>
    public const int Ephemeral = 64;
}
