using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Storage;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>Builds the /health answer: the store reachable, each adapter connected and when it last heard anything.</summary>
internal sealed class HealthReport(HealthCheckService checks, IEnumerable<IAdapterStatus> adapters, TimeProvider time)
{
    /// <summary>The status code (200 healthy, 503 otherwise) and a JSON body.</summary>
    public async Task<(int StatusCode, byte[] Body)> CreateAsync(CancellationToken cancellationToken)
    {
        var store = (await checks.CheckHealthAsync(r => r.Name == StoreHealthCheck.Name, cancellationToken)).Entries[StoreHealthCheck.Name];
        var storeOk = store.Status == HealthStatus.Healthy;

        var statuses = adapters.ToArray();
        var healthy = storeOk && statuses.All(a => a.Connected && a.FatalError is null);
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("status", healthy ? "healthy" : "unhealthy");
            json.WriteString("checkedAt", time.GetUtcNow());
            json.WriteStartObject("store");
            json.WriteString("provider", (string)store.Data[StoreHealthCheck.ProviderKey]);
            json.WriteBoolean("ok", storeOk);

            json.WriteEndObject();
            json.WriteStartArray("adapters");
            foreach (var adapter in statuses)
            {
                json.WriteStartObject();
                json.WriteString("name", adapter.Name);
                json.WriteBoolean("connected", adapter.Connected);
                if (adapter.LastEventAt is { } last)
                {
                    json.WriteString("lastEventAt", last);
                }

                if (adapter.FatalError is { } fatal)
                {
                    json.WriteString("fatalError", fatal);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return (healthy ? 200 : 503, body.ToArray());
    }
}
