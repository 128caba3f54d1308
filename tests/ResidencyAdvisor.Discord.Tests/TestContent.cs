using ResidencyAdvisor.Core;

namespace ResidencyAdvisor.Discord.Tests;

/// <summary>The real content files, loaded once.</summary>
internal static class TestContent
{
    public static AdvisorContent Content { get; } = AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config"));
}
