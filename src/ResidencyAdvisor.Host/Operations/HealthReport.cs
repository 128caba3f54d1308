using System.Text.Json;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>Builds the /health answer: the store reachable, each adapter connected and when it last heard anything.</summary>
internal sealed class HealthReport(IConversationStore store, IEnumerable<IAdapterStatus> adapters, TimeProvider time)
{
    private static readonly ConversationKey Probe = new("health", "probe", "probe");

    /// <summary>The status code (200 healthy, 503 otherwise) and a JSON body.</summary>
    public async Task<(int StatusCode, byte[] Body)> CreateAsync(CancellationToken cancellationToken)
    {
        string? storeError = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await store.LoadAsync(Probe, timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            storeError = ex.GetType().Name;
        }

        var statuses = adapters.ToArray();
        var healthy = storeError is null && statuses.All(a => a.Connected && a.FatalError is null);
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("status", healthy ? "healthy" : "unhealthy");
            json.WriteString("checkedAt", time.GetUtcNow());
            json.WriteStartObject("store");
            json.WriteBoolean("ok", storeError is null);
            if (storeError is not null)
            {
                json.WriteString("error", storeError);
            }

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
