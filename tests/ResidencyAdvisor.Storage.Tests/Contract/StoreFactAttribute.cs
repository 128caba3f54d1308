using Xunit.Sdk;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>
/// A contract fact: run for every store, but skipped (with the reason) for a Redis class when no redis-server can be
/// started. A plain [Fact] cannot do this because the attribute sits on the shared base class.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ResidencyAdvisor.Storage.Tests.Contract.StoreFactDiscoverer", "ResidencyAdvisor.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
