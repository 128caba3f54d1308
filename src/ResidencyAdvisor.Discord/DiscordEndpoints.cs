using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Discord.Http;

namespace ResidencyAdvisor.Discord;

/// <summary>The Discord adapter's routes on a public HTTP listener: /discord/interactions when a public key is set.</summary>
public static class DiscordEndpoints
{
    /// <summary>Maps the routes the settings turn on; <paramref name="services"/> is the provider the adapter was registered in.</summary>
    public static IEndpointRouteBuilder MapDiscordEndpoints(this IEndpointRouteBuilder routes, IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<DiscordOptions>>().Value.UsesInteractionsEndpoint)
        {
            var interactions = services.GetRequiredService<InteractionsEndpoint>();
            // The verifier as metadata lets the host refuse an unsigned or slow request before its concurrency limit.
            routes.MapPost(InteractionsEndpoint.Path, (RequestDelegate)interactions.HandleAsync)
                .WithMetadata(services.GetRequiredService<DiscordRequestVerifier>());
        }

        return routes;
    }
}
