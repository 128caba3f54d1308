global using static ResidencyAdvisor.Discord.Tests.ShippedLabels;

namespace ResidencyAdvisor.Discord.Tests;

/// <summary>The words of config/labels.json as shipped, so a test finds a button or a menu by what the student reads.</summary>
internal static class ShippedLabels
{
    public static Core.ChatLabels Labels => TestContent.Content.Labels;
}
