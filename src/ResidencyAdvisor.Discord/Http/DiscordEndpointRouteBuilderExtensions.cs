using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ResidencyAdvisor.Discord.Http;

/// <summary>Puts the Discord interactions endpoint on a listener.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST /discord/interactions. <paramref name="adapterServices"/> is the provider that holds the Discord
    /// adapter (added with AddDiscordAdapter and a public key), which may be another container than the listener's.
    /// </summary>
    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, IServiceProvider adapterServices)
    {
        var endpoint = adapterServices.GetRequiredService<InteractionsEndpoint>();
        // The verifier as metadata lets the host refuse an unsigned or slow request before its concurrency limit.
        return endpoints.MapPost(InteractionsEndpoint.Path, endpoint.HandleAsync)
            .WithMetadata(adapterServices.GetRequiredService<DiscordRequestVerifier>());
    }
}
