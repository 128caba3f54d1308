using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

/// <summary>The console chat's fixed words are config/labels.json's: a non-programmer rewords them without a release.</summary>
public sealed class ConsoleLabelsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ra-plan-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Rewording_console_labels_in_a_copied_config_changes_what_the_console_chat_prints()
    {
        var content = TestContent.Reworded(
            ("labels.json", "\"consoleTypeNumber\": \"Type a number.\"", "\"consoleTypeNumber\": \"Pick one by its number.\""),
            ("labels.json", "\"consoleSummaryIntro\": \"Here is everything you told me:\"", "\"consoleSummaryIntro\": \"Your answers, one per line:\""),
            ("labels.json", "\"consoleBye\": \"Bye! Your answers are saved; run me again to continue.\"", "\"consoleBye\": \"See you soon.\""),
            ("labels.json", "Your plan is in {path} (", "Plan saved to {path} ("));

        var stdout = await ConsoleTranscript.ChatInAsync(_dir, content, new InMemoryConversationStore(),
            [.. StudentAnswers.MidRangeDualApply.TypedAndConfirmed, "plan", "quit"]);

        Assert.Contains("Pick one by its number.\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Type a number.\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Your answers, one per line:", stdout, StringComparison.Ordinal);
        Assert.Contains($"Plan saved to {Path.Combine(_dir, "residency-plan.md")} (0 of ", stdout, StringComparison.Ordinal);
        Assert.EndsWith("See you soon.", stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewording_a_shared_word_changes_the_console_s_recommendation_and_the_plan_file_alike()
    {
        var content = TestContent.Reworded(
            ("labels.json", "\"whatWouldChange\": \"What would change this\"", "\"whatWouldChange\": \"What could change this advice\""),
            ("labels.json", "\"scoreBand\": \"Score band\"", "\"scoreBand\": \"Your score\""));

        var stdout = await ConsoleTranscript.ChatInAsync(_dir, content, new InMemoryConversationStore(),
            [.. StudentAnswers.MidRangeDualApply.TypedAndConfirmed, "plan", "quit"]);
        var plan = File.ReadAllText(Path.Combine(_dir, "residency-plan.md"));

        Assert.Contains("\nWhat could change this advice:\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(" · Your score: mid-range\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\n## What could change this advice\n", plan, StringComparison.Ordinal);
        Assert.Contains("- **Your score:** mid-range\n", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("What would change this", stdout + plan, StringComparison.Ordinal);
    }
}
