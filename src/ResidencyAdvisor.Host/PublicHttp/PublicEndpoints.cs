using Microsoft.AspNetCore.Routing;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// The routes one adapter's HTTP mode puts on the public listener. <paramref name="map"/> gets the host's service
/// provider, so its handlers use the adapter's singletons, not the listener's own container.
/// </summary>
internal sealed class PublicEndpoints(string name, Action<IEndpointRouteBuilder, IServiceProvider> map)
{
    public string Name => name;

    public void Map(IEndpointRouteBuilder endpoints, IServiceProvider hostServices) => map(endpoints, hostServices);
}
