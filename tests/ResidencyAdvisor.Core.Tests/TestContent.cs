using ResidencyAdvisor.Core;

namespace ResidencyAdvisor.Core.Tests;

/// <summary>The real content from config/, loaded once for all tests.</summary>
internal static class TestContent
{
    private static readonly Lazy<AdvisorContent> Loaded = new(() => AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config")));

    public static AdvisorContent Content => Loaded.Value;
}
