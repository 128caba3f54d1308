using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ResidencyAdvisor.Storage.Tests.Redis;

/// <summary>A throw-away redis-server on a free loopback port, in memory only (no RDB, no AOF).</summary>
public sealed class RedisTestServer : IDisposable
{
    public const string InstallHint = "install it to run the Redis tests: apt-get install redis-server";

    private static readonly Lazy<(RedisTestServer? Server, string? SkipReason)> SharedServer = new(StartShared);

    private readonly string _binary;
    private Process? _process;

    private RedisTestServer(string binary, int port)
    {
        _binary = binary;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000";

    /// <summary>The server every Redis test shares, started on first use and stopped when the test run ends.</summary>
    public static RedisTestServer? Shared => SharedServer.Value.Server;

    /// <summary>Why Redis tests are skipped, or null when the shared server is running.</summary>
    public static string? SkipReason => SharedServer.Value.SkipReason;

    public static string? FindBinary()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? "redis-server.exe" : "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Starts a server of its own (for tests that stop it); throws when none can be started.</summary>
    public static RedisTestServer Start()
    {
        var binary = FindBinary() ?? throw new InvalidOperationException($"redis-server not found on PATH; {InstallHint}");
        var server = new RedisTestServer(binary, FreePort());
        server.Restart();
        return server;
    }

    /// <summary>Starts (again) on the same port, e.g. after <see cref="Stop"/> to test recovery.</summary>
    public void Restart()
    {
        Stop();
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] serverArgs = ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"];
        if (OperatingSystem.IsWindows())
        {
            info.FileName = _binary;
        }
        else
        {
            // A watchdog shell: when the test host dies without running its exit handlers (the runner may kill it),
            // its end of the stdin pipe closes, `read` returns, and the server is stopped instead of left orphaned.
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("\"$0\" \"$@\" & server=$!; read -r _; kill $server; wait $server");
            info.ArgumentList.Add(_binary);
        }

        foreach (var arg in serverArgs)
        {
            info.ArgumentList.Add(arg);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        WaitUntilAnswering();
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private void WaitUntilAnswering()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start: {_process.StandardOutput.ReadToEnd()}{_process.StandardError.ReadToEnd()}");
            }

            if (AnswersPing())
            {
                return;
            }

            Thread.Sleep(20);
        }

        throw new InvalidOperationException($"redis-server did not answer on 127.0.0.1:{Port} within 10 s.");
    }

    private bool AnswersPing()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (RedisTestServer?, string?) StartShared()
    {
        if (FindBinary() is null)
        {
            return (null, $"Redis tests skipped: redis-server not found on PATH; {InstallHint}");
        }

        try
        {
            var server = Start();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
            return (server, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return (null, $"Redis tests skipped: redis-server could not be started ({ex.Message}); {InstallHint}");
        }
    }
}
