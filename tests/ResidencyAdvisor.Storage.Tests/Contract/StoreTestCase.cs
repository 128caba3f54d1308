using ResidencyAdvisor.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>A contract test case that is skipped for Redis classes when no redis-server can be started.</summary>
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

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var testClass = TestMethod.TestClass.Class.ToRuntimeType();
        return typeof(IRequiresRedis).IsAssignableFrom(testClass) && SharedRedisServer.SkipReason is { } reason
            ? reason
            : base.GetSkipReason(factAttribute);
    }
}
