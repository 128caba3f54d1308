using System.Reflection;

namespace ResidencyAdvisor.Host.Tests;

/// <summary>The layers as assembly references: Core &lt;- Storage, Discord, Slack &lt;- Host.</summary>
public class ArchitectureTests
{
    private const string Core = "ResidencyAdvisor.Core";
    private const string Storage = "ResidencyAdvisor.Storage";
    private const string Discord = "ResidencyAdvisor.Discord";
    private const string Slack = "ResidencyAdvisor.Slack";
    private const string Host = "ResidencyAdvisor.Host";

    [Fact]
    public void Discord_and_Slack_never_reference_each_other()
    {
        Assert.DoesNotContain(Slack, References(Discord));
        Assert.DoesNotContain(Discord, References(Slack));
    }

    [Fact]
    public void Core_references_no_platform_no_storage_and_no_host()
    {
        Assert.Empty(References(Core).Intersect([Storage, Discord, Slack, Host]));
    }

    [Fact]
    public void The_adapters_and_storage_reference_only_core_of_our_projects()
    {
        foreach (var outer in new[] { Storage, Discord, Slack })
        {
            // The positive half keeps this honest: a misspelt name would otherwise pass by finding nothing.
            Assert.Equal([Core], References(outer).Where(name => name.StartsWith("ResidencyAdvisor.", StringComparison.Ordinal)));
        }
    }

    private static IReadOnlyList<string> References(string assembly) =>
        [.. Assembly.Load(new AssemblyName(assembly)).GetReferencedAssemblies().Select(a => a.Name!)];
}
