using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Slack.Http;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack;

/// <summary>The Slack adapter's routes on a public HTTP listener: /slack/events in HTTP mode, /slack/install and /slack/oauth_redirect for many workspaces.</summary>
public static class SlackEndpoints
{
    /// <summary>Maps the routes the settings turn on; <paramref name="services"/> is the provider the adapter was registered in.</summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder routes, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (options.HttpMode)
        {
            var events = services.GetRequiredService<SlackEventsEndpoint>();
            // The verifier as metadata lets the host refuse an unsigned or slow request before its concurrency limit.
            routes.MapPost(SlackEventsEndpoint.Path, (RequestDelegate)events.HandleAsync)
                .WithMetadata(services.GetRequiredService<SlackRequestVerifier>());
        }

        if (options.ManyWorkspaces)
        {
            var install = services.GetRequiredService<InstallEndpoints>();
            routes.MapGet(InstallEndpoints.InstallPath, (RequestDelegate)install.InstallAsync);
            routes.MapGet(InstallEndpoints.RedirectPath, (RequestDelegate)install.RedirectAsync);
        }

        return routes;
    }
}
