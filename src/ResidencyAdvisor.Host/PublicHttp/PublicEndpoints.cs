using Microsoft.AspNetCore.Routing;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>The routes one adapter's HTTP mode puts on the public listener; <paramref name="map"/> gets the program's services.</summary>
internal sealed class PublicEndpoints(string name, Action<IEndpointRouteBuilder, IServiceProvider> map)
{
    public string Name => name;

    public void Map(IEndpointRouteBuilder endpoints, IServiceProvider services) => map(endpoints, services);
}
