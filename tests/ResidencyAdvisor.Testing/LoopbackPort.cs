using System.Net;
using System.Net.Sockets;

namespace ResidencyAdvisor.Testing;

/// <summary>Free loopback ports for programs the tests start (redis-server, the host's /metrics listener).</summary>
public static class LoopbackPort
{
    /// <summary>A port the system just handed out and released, for another process to bind.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
