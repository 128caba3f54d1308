using System.Globalization;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>What the number modal must remember between views.open and its submission (private_metadata).</summary>
internal sealed record NumberModalMetadata(string SessionId, int Turn, string StepId, string Channel, string MessageTs, int Min, int Max)
{
    public const string CallbackId = "ra-number";

    public string Format() => string.Join(':', SessionId, Turn.ToString(CultureInfo.InvariantCulture), StepId, Channel, MessageTs,
        Min.ToString(CultureInfo.InvariantCulture), Max.ToString(CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out NumberModalMetadata metadata)
    {
        metadata = null!;
        var parts = text?.Split(':') ?? [];
        if (parts.Length != 7 || !Int(parts[1], out var turn) || !Int(parts[5], out var min) || !Int(parts[6], out var max))
        {
            return false;
        }

        metadata = new NumberModalMetadata(parts[0], turn, parts[2], parts[3], parts[4], min, max);
        return true;
    }

    /// <summary>The range a number button carries in its value: "min:max".</summary>
    public static string RangeValue(int min, int max) => string.Create(CultureInfo.InvariantCulture, $"{min}:{max}");

    public static bool TryParseRange(string? value, out int min, out int max)
    {
        min = max = 0;
        var parts = value?.Split(':') ?? [];
        return parts.Length == 2 && Int(parts[0], out min) && Int(parts[1], out max);
    }

    private static bool Int(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
