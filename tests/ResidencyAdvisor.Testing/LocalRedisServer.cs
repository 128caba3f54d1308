using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ResidencyAdvisor.Testing;

/// <summary>A throw-away redis-server from PATH on a free loopback port, in memory only (no RDB, no AOF).</summary>
public sealed class LocalRedisServer : IDisposable
{
    /// <summary>How to get a redis-server, for skip messages.</summary>
    public const string InstallHint = "install it to run the Redis tests: apt-get install redis-server";

    private const int PortAttempts = 3;

    private readonly string _binary;
    private readonly string? _dataFolder;
    private string[] _extraArgs = [];
    private Process? _process;

    private LocalRedisServer(string binary, int port, string? dataFolder = null)
    {
        _binary = binary;
        Port = port;
        _dataFolder = dataFolder;
    }

    public int Port { get; }

    /// <summary>host:port, e.g. for Storage:Redis.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"{Endpoint},abortConnect=false,connectTimeout=2000";

    public static string? FindBinary()
    {
        var name = OperatingSystem.IsWindows() ? "redis-server.exe" : "redis-server";
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Starts a server, or returns null and says why (not on PATH, or it would not start).</summary>
    public static LocalRedisServer? TryStart(out string? failure)
    {
        if (FindBinary() is null)
        {
            failure = "redis-server not found on PATH";
            return null;
        }

        try
        {
            failure = null;
            return Start();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            failure = $"redis-server could not be started ({ex.Message})";
            return null;
        }
    }

    /// <summary>
    /// Starts a server; throws when none can be started. <paramref name="dataFolder"/> becomes its working folder, where
    /// it writes an append-only file if a test turns persistence on (CONFIG SET appendonly yes).
    /// </summary>
    /// <param name="extraArgs">More redis-server options, e.g. cluster mode for a test that asks the server for key slots.</param>
    public static LocalRedisServer Start(string? dataFolder = null, params string[] extraArgs)
    {
        var binary = FindBinary() ?? throw new InvalidOperationException($"redis-server not found on PATH; {InstallHint}");
        for (var attempt = 1; ; attempt++)
        {
            var server = new LocalRedisServer(binary, LoopbackPort.Free(), dataFolder) { _extraArgs = extraArgs };
            try
            {
                server.Restart();
                return server;
            }
            catch (InvalidOperationException) when (attempt < PortAttempts)
            {
                // The free port may have been taken between probing and binding; try another.
                server.Dispose();
            }
        }
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
            WorkingDirectory = _dataFolder ?? "",
        };
        string[] serverArgs = ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--daemonize", "no", "--loglevel", "warning"];
        if (OperatingSystem.IsWindows())
        {
            info.FileName = _binary;
        }
        else
        {
            // A watchdog shell: when the owning process dies without running its exit handlers (a test runner may
            // kill it), its end of the stdin pipe closes, `read` returns, and the server is stopped instead of orphaned.
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("\"$0\" \"$@\" & server=$!; read -r _; kill $server; wait $server");
            info.ArgumentList.Add(_binary);
        }

        foreach (var arg in serverArgs.Concat(_extraArgs))
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

        throw new InvalidOperationException($"redis-server did not answer on {Endpoint} within 10 s.");
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
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return false;
        }
    }
}
