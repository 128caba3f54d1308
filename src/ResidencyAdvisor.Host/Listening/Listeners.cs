using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Host.PublicHttp;

namespace ResidencyAdvisor.Host.Listening;

/// <summary>
/// The program's one web host: the public routes of every adapter in HTTP mode and the operations endpoints, in the
/// program's own container, each set answering only on its own addresses; or no server at all when neither is wanted.
/// </summary>
internal static class Listeners
{
    /// <summary>Operations requests answered at once (a scraper, a probe); a few more may wait.</summary>
    private const int OperationsConcurrency = 4;
    private const int OperationsQueue = 16;

    /// <summary>Kestrel's heartbeat is one second, and a grace period must be longer than that.</summary>
    private static readonly TimeSpan MinDataRateGrace = TimeSpan.FromSeconds(2);

    private const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private const string Routing = "Microsoft.AspNetCore.Routing";

    /// <summary>Decides what to listen on; call it after every adapter has added its public endpoints.</summary>
    public static WebApplicationBuilder AddListeners(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var plan = ListenerPlan.From(builder.Configuration, services);
        services.AddSingleton(plan);
        if (!plan.Listens)
        {
            services.AddSingleton<IServer, NoServer>();
            return builder;
        }

        services.AddOptionsWithValidateOnStart<PublicHttpOptions>().BindConfiguration(PublicHttpOptions.SectionName)
            .Validate(o => o.ReadTimeout >= PublicHttpOptions.ShortestReadTimeout && o.ReadTimeout <= PublicHttpOptions.LongestReadTimeout,
                "PublicHttp:ReadTimeout must be from 00:00:01 to 00:01:00.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicHttpOptions>, PublicHttpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, ListenerMatcherPolicy>());
        services.AddSingleton<RequestLogging>();
        services.AddSingleton<SignedRequestGate>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RequestBodyLimits>().Configure<IOptions<PublicHttpOptions>>((body, limits) =>
        {
            body.MaxRequestBodyBytes = limits.Value.MaxRequestBodyBytes;
            body.ReadTimeout = limits.Value.ReadTimeout;
        });

        var (kestrelConfiguration, addresses) = plan.Bindings(builder.Configuration);
        services.AddSingleton(new ServerAddresses(addresses));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<PublicHttpOptions>>((kestrel, limits) =>
        {
            kestrel.Configure(kestrelConfiguration, reloadOnChange: false);
            kestrel.AddServerHeader = false;
            ApplyLimits(kestrel.Limits, limits.Value);
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) =>
            {
                var limits = context.HttpContext.RequestServices.GetRequiredService<IOptions<PublicHttpOptions>>().Value;
                context.HttpContext.Response.Headers.RetryAfter = limits.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PublicHttpOptions>>((limiter, limits) =>
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, bool>(context => plan.IsOperations(context.Connection.LocalPort)
                ? RateLimitPartition.GetConcurrencyLimiter(true, _ => Concurrency(OperationsConcurrency, OperationsQueue))
                : RateLimitPartition.GetConcurrencyLimiter(false, _ => Concurrency(limits.Value.MaxConcurrentRequests, limits.Value.QueueLimit))));

        // ASP.NET Core's request lines carry the query string (an OAuth code); RequestLogging writes safe ones instead.
        // Routing's two "Executing/Executed endpoint" lines per request say nothing RequestLogging does not, and writing
        // them (with our own line) measured about 0.1 ms of CPU per request (docs/performance.md).
        builder.Logging.AddFilter(HostingDiagnostics, LogLevel.Warning).AddFilter(Routing, LogLevel.Warning);
        return builder;
    }

    /// <summary>The middleware and routes of whatever <see cref="AddListeners"/> planned.</summary>
    public static WebApplication MapListeners(this WebApplication app)
    {
        var plan = app.Services.GetRequiredService<ListenerPlan>();
        if (!plan.Listens)
        {
            return app;
        }

        // Filled before the start, so the host does not add ASPNETCORE_URLS on its own (it only does so to an empty list).
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        foreach (var address in app.Services.GetRequiredService<ServerAddresses>().Urls)
        {
            bound.Add(address);
        }

        WarnAboutSettings(app, plan);
        app.Use(app.Services.GetRequiredService<RequestLogging>().InvokeAsync);
        if (plan.Operations)
        {
            // Before routing, so that without the token the port does not even tell which paths and methods exist.
            app.Use(OperationsEndpoints.RequireBearerTokenAsync);
        }

        app.UseRouting();

        // Before the limiter: an unsigned or slowly sent request is refused, or its body is in memory, before it waits for a slot.
        app.Use(app.Services.GetRequiredService<SignedRequestGate>().InvokeAsync);
        app.UseRateLimiter();
        if (plan.Operations)
        {
            app.MapOperations();
        }

        foreach (var endpoints in app.Services.GetServices<PublicEndpoints>())
        {
            endpoints.Map(app, app.Services);
        }

        return app;
    }

    /// <summary>The public addresses the server bound (port 0 replaced by the real one); empty before start.</summary>
    public static IReadOnlyList<string> PublicAddresses(this WebApplication app)
    {
        var plan = app.Services.GetRequiredService<ListenerPlan>();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return [.. addresses.Where(a => !plan.IsOperations(new Uri(a.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)).Port))];
    }

    private static void ApplyLimits(KestrelServerLimits kestrel, PublicHttpOptions limits)
    {
        kestrel.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        kestrel.RequestHeadersTimeout = limits.ReadTimeout;
        kestrel.MinRequestBodyDataRate = limits.MinRequestBodyBytesPerSecond > 0
            ? new MinDataRate(limits.MinRequestBodyBytesPerSecond, MinDataRateGrace)
            : null;
        kestrel.MaxConcurrentConnections = limits.MaxConcurrentConnections;

        // No route upgrades a connection (no WebSockets here), so none may stay open past the request limits.
        kestrel.MaxConcurrentUpgradedConnections = 0;
    }

    private static void WarnAboutSettings(WebApplication app, ListenerPlan plan)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ResidencyAdvisor.Host");
        var operations = app.Services.GetRequiredService<IOptions<OperationsOptions>>().Value;
        if (plan.Operations && operations.BearerToken is not { Length: > 0 } && IsEveryInterface(operations.Host))
        {
            logger.OperationsOpenWithoutToken(operations.Host);
        }

        if (app.Configuration["Slack:MaxRequestBytes"] is { Length: > 0 })
        {
            logger.RetiredBodyLimitSetting(app.Services.GetRequiredService<IOptions<PublicHttpOptions>>().Value.MaxRequestBodyBytes);
        }
    }

    private static bool IsEveryInterface(string host) =>
        host is "+" or "*" or "0.0.0.0" or "::" or "[::]" or "0:0:0:0:0:0:0:0" or "[0:0:0:0:0:0:0:0]";

    /// <summary>The addresses Kestrel binds as server addresses (empty when the operator's Kestrel endpoints decide).</summary>
    private sealed record ServerAddresses(IReadOnlyList<string> Urls);

    private static ConcurrencyLimiterOptions Concurrency(int permits, int queue) => new()
    {
        PermitLimit = permits,
        QueueLimit = queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };
}
