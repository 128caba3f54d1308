using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Sockets;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// A loopback TCP relay in front of the fake's sockets that can stall: the connections it carries stop moving bytes
/// (pings unanswered) while TCP stays up, as a dead NAT entry or a hung peer looks to a client.
/// </summary>
internal sealed class StallingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _connections = [];
    private readonly List<StrongBox<bool>> _stalls = [];

    public StallingProxy(IPEndPoint target)
    {
        _target = target;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>When true, a new connection is accepted but never relayed: its WebSocket handshake hangs.</summary>
    public bool StallNewConnections { get; set; }

    /// <summary>Every open connection stops relaying for good; later connections relay normally.</summary>
    public void StallOpenConnections()
    {
        lock (_connections)
        {
            foreach (var stall in _stalls)
            {
                stall.Value = true;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var server = new TcpClient();
                lock (_connections)
                {
                    _connections.Add(client);
                    _connections.Add(server);
                }

                if (StallNewConnections)
                {
                    continue;
                }

                await server.ConnectAsync(_target, _stop.Token);
                var stalled = new StrongBox<bool>(false);
                lock (_connections)
                {
                    _stalls.Add(stalled);
                }

                _ = RelayAsync(client.GetStream(), server.GetStream(), stalled);
                _ = RelayAsync(server.GetStream(), client.GetStream(), stalled);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task RelayAsync(NetworkStream from, NetworkStream to, StrongBox<bool> stalled)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    to.Socket.Shutdown(SocketShutdown.Send);
                    return;
                }

                // A stall swallows what arrives after it: the bytes are read (TCP stays happy) but never passed on.
                if (Volatile.Read(ref stalled.Value))
                {
                    continue;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // One side went away.
        }
    }
}
