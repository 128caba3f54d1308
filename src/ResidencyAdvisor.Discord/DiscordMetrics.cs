using System.Diagnostics.Metrics;

namespace ResidencyAdvisor.Discord;

/// <summary>
/// The adapter's metrics (meter "ResidencyAdvisor.Discord"): time from an interaction reaching us to the initial
/// response Discord accepted (its limit is 3 s), and counts of interactions, late first responses and reconnects.
/// </summary>
internal sealed class DiscordMetrics
{
    public const string MeterName = "ResidencyAdvisor.Discord";
    public const string FirstResponseDuration = "discord.first_response.duration";

    private static readonly TimeSpan ResponseLimit = TimeSpan.FromSeconds(3);
    private static readonly KeyValuePair<string, object?> Platform = new("platform", DiscordServiceCollectionExtensions.Platform);

    private readonly Histogram<double> _firstResponse;
    private readonly Counter<long> _interactions;
    private readonly Counter<long> _lateResponses;
    private readonly Counter<long> _reconnects;

    public DiscordMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _firstResponse = meter.CreateHistogram<double>(FirstResponseDuration, "ms", "Interaction received to its initial response accepted (Discord's limit: 3 s)");
        _interactions = meter.CreateCounter<long>("discord.interactions", "{interaction}", "Interactions handled (a replayed duplicate is not counted)");
        _lateResponses = meter.CreateCounter<long>("discord.acks.late", "{interaction}", "Initial responses sent after Discord's 3 seconds");
        _reconnects = meter.CreateCounter<long>("discord.reconnects", "{reconnect}", "Gateway reconnections after a close or a failed connection");
    }

    public void FirstResponseSent(TimeSpan elapsed)
    {
        _firstResponse.Record(elapsed.TotalMilliseconds, Platform);
        if (elapsed > ResponseLimit)
        {
            _lateResponses.Add(1, Platform);
        }
    }

    public void InteractionHandled() => _interactions.Add(1, Platform);

    public void Reconnecting() => _reconnects.Add(1, Platform);
}
