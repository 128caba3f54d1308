using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ResidencyAdvisor.LoadTest;

/// <summary>A redis-server from PATH on a free loopback port, in memory only, for the "store" scenario.</summary>
internal sealed class LocalRedisServer : IDisposable
{
    private readonly Process _process;

    private LocalRedisServer(Process process, int port)
    {
        _process = process;
        Configuration = $"127.0.0.1:{port}";
    }

    public string Configuration { get; }

    public static LocalRedisServer? TryStart()
    {
        var binary = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "redis-server")).FirstOrDefault(File.Exists);
        if (binary is null)
        {
            return null;
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        // Through a watchdog shell: if this tool is killed, stdin closes, `read` returns and the server is stopped.
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("\"$0\" \"$@\" & server=$!; read -r _; kill $server; wait $server");
        info.ArgumentList.Add(binary);
        foreach (var arg in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning" })
        {
            info.ArgumentList.Add(arg);
        }

        var server = new LocalRedisServer(Process.Start(info)!, port);
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                Thread.Sleep(25);
            }
        }

        server.Dispose();
        return null;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
