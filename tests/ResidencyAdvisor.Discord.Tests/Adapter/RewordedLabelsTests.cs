using ResidencyAdvisor.Core;
using ResidencyAdvisor.Discord.Fakes;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>
/// A button's words come from config/labels.json: rewording one there, as a non-programmer would, is all it takes to
/// change what a student reads on Discord, and the button still does what it did.
/// </summary>
public class RewordedLabelsTests : DiscordTestBed
{
    protected override AdvisorContent Content { get; } = TestContent.Reworded(
        ("labels.json", "\"startOver\": \"Start over\"", "\"startOver\": \"Begin again\""),
        ("labels.json", "\"forgetMyAnswers\": \"Forget my answers\"", "\"forgetMyAnswers\": \"Erase what I told you\""));

    [Fact]
    public async Task A_question_shows_the_reworded_buttons_and_the_reworded_start_over_still_starts_over()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        var firstTitle = StudentScript.Title(student);
        await student.ClickAsync("USMLE");

        Assert.Contains("Begin again", ButtonLabels(student));
        Assert.Contains("Erase what I told you", ButtonLabels(student));
        Assert.DoesNotContain("Start over", ButtonLabels(student));
        Assert.DoesNotContain("Forget my answers", ButtonLabels(student));

        await student.ClickAsync("Begin again");
        Assert.StartsWith("Question 1 of", firstTitle, StringComparison.Ordinal);
        Assert.Equal(firstTitle, StudentScript.Title(student));
    }

    [Fact]
    public async Task The_reworded_forget_button_still_erases_the_conversation()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        Assert.Equal(1, harness.Store.Count);

        await student.ClickAsync("Erase what I told you");

        Assert.Equal(0, harness.Store.Count);
        Assert.Contains("erased", student.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_advise_menu_offers_start_over_in_the_reworded_words()
    {
        await using var harness = await StartAsync();
        await ConversationTests.WaitUntilAsync(() => !harness.Server.Commands.IsEmpty);

        var commands = Assert.Single(harness.Server.Commands).Value;

        Assert.Contains("\"Begin again\"", commands.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Start over\"", commands.ToJsonString(), StringComparison.Ordinal);
    }

    private static List<string?> ButtonLabels(FakeDiscordUser student) => [.. student.Buttons().Select(b => (string?)b["label"])];
}
