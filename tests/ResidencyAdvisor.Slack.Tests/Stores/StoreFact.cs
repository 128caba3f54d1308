using ResidencyAdvisor.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>Marks a test class, whose tests are inherited, that needs a redis-server: skipped, saying why, when none can start.</summary>
public interface IRequiresRedis;

/// <summary>
/// A fact declared once on a base class and run for each store; skipped for an <see cref="IRequiresRedis"/> class when
/// no redis-server can be started. A plain [Fact] cannot do this because the attribute sits on the shared base class.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ResidencyAdvisor.Slack.Tests.Stores.StoreFactDiscoverer", "ResidencyAdvisor.Slack.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, options, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        typeof(IRequiresRedis).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType()) && SharedRedisServer.SkipReason is { } reason
            ? reason
            : base.GetSkipReason(factAttribute);
}
