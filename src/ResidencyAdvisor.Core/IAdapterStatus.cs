namespace ResidencyAdvisor.Core;

/// <summary>What a platform adapter reports to the health check: is it connected, and when did it last hear anything.</summary>
public interface IAdapterStatus
{
    string Name { get; }

    bool Connected { get; }

    DateTimeOffset? LastEventAt { get; }

    /// <summary>Set when the adapter stopped for good (for example a rejected token), with the reason.</summary>
    string? FatalError { get; }
}
