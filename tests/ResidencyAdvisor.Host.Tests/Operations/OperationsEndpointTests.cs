using System.Net;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Operations;

public class OperationsEndpointTests
{
    [Fact]
    public async Task With_a_metrics_port_the_host_serves_health_and_prometheus_metrics()
    {
        var port = LoopbackPort.Free();
        using var process = HostProcess.Start([], new Dictionary<string, string> { ["Metrics__Port"] = port.ToString(), ["Metrics__Host"] = "localhost" });
        _ = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };
        try
        {
            await process.StandardInput.WriteLineAsync("usmle");
            await process.StandardInput.FlushAsync();
            await HostProcess.WaitForLineAsync(process.StandardOutput, "Question 2 of 14");
            var health = await RetryAsync(() => http.GetAsync("health"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"status\":\"healthy\"", await health.Content.ReadAsStringAsync());
            Assert.Contains("\"store\":{\"provider\":\"sqlite\",\"ok\":true}", await health.Content.ReadAsStringAsync());

            var metrics = await RetryAsync(() => http.GetAsync("metrics"));
            var text = await metrics.Content.ReadAsStringAsync();
            Assert.Contains("advisor_conversations_started_total{", text);
            Assert.Contains("advisor_turn_duration_milliseconds_bucket{", text);
            Assert.DoesNotContain("usmle", text, StringComparison.OrdinalIgnoreCase);

            // Finding 7: the program once answered any method on any sub-path with 200.
            using var delete = await http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "health/anything"));
            using var post = await http.PostAsync("health", null);
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        }
        finally
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }

        Assert.Equal(0, process.ExitCode);
    }

    private static async Task<HttpResponseMessage> RetryAsync(Func<Task<HttpResponseMessage>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await call();
                if (response.StatusCode != HttpStatusCode.NotFound || attempt >= 100)
                {
                    return response;
                }
            }
            catch (HttpRequestException) when (attempt < 100)
            {
            }

            // The host is still starting its listeners.
            await Task.Delay(100);
        }
    }
}
