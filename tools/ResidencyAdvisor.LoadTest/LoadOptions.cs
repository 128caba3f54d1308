using System.Globalization;

namespace ResidencyAdvisor.LoadTest;

/// <summary>Reads the load tool's "--name value" options.</summary>
internal static class LoadOptions
{
    public static int Int(string[] args, string name, int fallback) =>
        String(args, name) is { } text && int.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static string? String(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
