using Microsoft.AspNetCore.Routing;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// One adapter's routes on the public listener. <see cref="Map"/> gets the listener's routes and the host's own
/// services, since the handlers belong to the adapter running in the host, not to the listener's small container.
/// </summary>
internal sealed record PublicEndpoints(string Name, Action<IEndpointRouteBuilder, IServiceProvider> Map);
