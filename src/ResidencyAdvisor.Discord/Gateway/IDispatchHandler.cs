using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>Receives the dispatches the adapter cares about; must return quickly and never throw.</summary>
internal interface IDispatchHandler
{
    void OnReady(ReadyPayload ready);

    void OnInteraction(InteractionPayload interaction);
}
