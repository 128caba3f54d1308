using System.Globalization;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Listening;

/// <summary>The console chat is a program on a terminal: it opens no port, not even ASP.NET Core's default one.</summary>
public class NothingListensTests
{
    [Fact]
    public async Task The_console_chat_opens_no_listening_socket()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The check reads /proc.
        }

        using var process = HostProcess.Start([]);
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            await process.StandardInput.WriteLineAsync("usmle");
            await process.StandardInput.FlushAsync();
            await HostProcess.WaitForLineAsync(process.StandardOutput, "Question 2 of 14");

            Assert.Empty(ListeningSockets(process.Id));
        }
        finally
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }
    }

    [Fact]
    public async Task With_only_a_metrics_port_the_public_urls_open_nothing_and_draw_no_warning()
    {
        var publicPort = LoopbackPort.Free();
        var metricsPort = LoopbackPort.Free();
        using var process = HostProcess.Start([], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{publicPort}",
            ["Metrics__Port"] = metricsPort.ToString(CultureInfo.InvariantCulture),
        });
        var stderr = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient();
        try
        {
            await process.StandardInput.WriteLineAsync("usmle");
            await process.StandardInput.FlushAsync();
            await HostProcess.WaitForLineAsync(process.StandardOutput, "Question 2 of 14");

            using var health = await http.GetAsync(new Uri($"http://localhost:{metricsPort}/health"));
            Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
            Assert.Single(ListeningSockets(process.Id).Select(a => a[^4..]).Distinct(), metricsPort.ToString("X4", CultureInfo.InvariantCulture));
        }
        finally
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }

        Assert.Equal("", await stderr);
    }

    [Fact]
    public void The_socket_table_parser_reads_a_listening_socket_of_this_process()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        Assert.Contains(ListeningSockets(Environment.ProcessId), a => a.EndsWith(":" + port.ToString("X4", CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>The local addresses (hex, as /proc shows them) of the TCP sockets the process holds in the LISTEN state.</summary>
    private static List<string> ListeningSockets(int pid)
    {
        var inodes = new HashSet<string>();
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
        {
            if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                inodes.Add(target["socket:[".Length..^1]);
            }
        }

        const string listen = "0A";
        var listening = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var columns in File.ReadLines(table).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (columns[3] == listen && inodes.Contains(columns[9]))
                {
                    listening.Add(columns[1]);
                }
            }
        }

        return listening;
    }
}
