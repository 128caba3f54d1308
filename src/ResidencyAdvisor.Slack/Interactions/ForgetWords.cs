namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Typed requests to erase everything. The core's text parser knows these words but (at the time of writing) answers
/// them "not available yet" mid-questionnaire, so the adapter turns them into the Forget command itself.
/// </summary>
internal static class ForgetWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "forget", "forget me", "forget my answers", "erase", "erase my data", "delete my data",
    };

    public static bool Match(string text) => Words.Contains(text.Trim().TrimStart('/').TrimEnd('.', '!', '?').Trim());
}
