using ResidencyAdvisor.Core;

namespace ResidencyAdvisor.Slack.Tests.Rendering;

/// <summary>
/// A button's words come from config/labels.json: rewording one there, as a non-programmer would, is all it takes to
/// change what a student reads, and the button still does what it did.
/// </summary>
public abstract class RewordedLabelsTests : SlackTestBed
{
    protected override AdvisorContent Content { get; } = TestContent.Reworded(
        ("labels.json", "\"restart\": \"Restart\"", "\"restart\": \"Begin again\""),
        ("labels.json", "\"forgetMyAnswers\": \"Forget my answers\"", "\"forgetMyAnswers\": \"Erase what I told you\""));

    [Fact]
    public async Task A_question_shows_the_reworded_buttons_and_the_reworded_restart_still_starts_over()
    {
        var student = Student();
        var first = await GreetAsync(student);
        var firstTitle = first.Header;
        await student.ClickAsync(first, "USMLE");
        var second = await student.NextMessageAsync();

        Assert.Contains("Begin again", second.ButtonLabels());
        Assert.Contains("Erase what I told you", second.ButtonLabels());
        Assert.DoesNotContain("Restart", second.ButtonLabels());
        Assert.DoesNotContain("Forget my answers", second.ButtonLabels());

        await student.ClickAsync(second, "Begin again");
        Assert.Equal("Licensing exam", firstTitle);
        Assert.Equal(firstTitle, (await student.NextMessageAsync()).Header);
    }
}

public sealed class RewordedLabelsOverSocketModeTests : RewordedLabelsTests;

public sealed class RewordedLabelsOverHttpTests : RewordedLabelsTests
{
    protected override bool OverHttp => true;
}
