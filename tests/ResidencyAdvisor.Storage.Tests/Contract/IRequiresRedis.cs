namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>Marks a contract test class whose inherited tests must be skipped when no redis-server can be started.</summary>
public interface IRequiresRedis;
