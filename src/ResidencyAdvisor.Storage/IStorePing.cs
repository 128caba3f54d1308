namespace ResidencyAdvisor.Storage;

/// <summary>A store that can prove it is reachable; throws when it is not.</summary>
internal interface IStorePing
{
    Task PingAsync(CancellationToken cancellationToken);
}
