namespace ResidencyAdvisor.Core.Tests;

public class ChatLabelsTests
{
    [Fact]
    public void The_shipped_file_words_every_label_as_students_already_see_it()
    {
        var labels = TestContent.Content.Labels;

        Assert.All(Enum.GetValues<ChatLabel>(), label => Assert.False(string.IsNullOrWhiteSpace(labels[label])));
        Assert.Equal("Start over", labels[ChatLabel.StartOver]);
        Assert.Equal("Forget my answers", labels[ChatLabel.ForgetMyAnswers]);
        Assert.Equal("Prepare me for Family Medicine", labels.Format(ChatLabel.PrepareMeFor, ("specialty", "Family Medicine")));
    }

    [Fact]
    public void A_label_reworded_in_the_file_is_what_the_table_holds()
    {
        var content = TestContent.Reworded(("labels.json", "\"startOver\": \"Start over\"", "\"startOver\": \"Begin again\""));

        Assert.Equal("Begin again", content.Labels[ChatLabel.StartOver]);
    }

    [Theory]
    [InlineData("\"startOver\": \"Start over\",", "", "'startOver' is missing or empty")]
    [InlineData("\"submit\": \"Submit\"", "\"submit\": \" \"", "'submit' is missing or empty")]
    [InlineData("Your checklist: {progress}", "Your checklist", "'checklistTitle' must keep {progress}")]
    [InlineData("\"pause\":", "\"pause\": \"Pause\", \"pasue\":", "'pasue' is not a known label")]
    public void A_broken_labels_file_refuses_to_start_naming_the_file_and_the_key(string find, string replace, string problem)
    {
        using var config = ConfigCopy.Of(("labels.json", find, replace));

        var ex = Assert.Throws<ContentException>(() => AdvisorContent.Load(config.Path));

        Assert.EndsWith("labels.json", ex.Source, StringComparison.Ordinal);
        Assert.Equal([problem], ex.Problems);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_folder_without_labels_refuses_to_start()
    {
        using var config = ConfigCopy.Of();
        File.Delete(Path.Combine(config.Path, "labels.json"));

        var ex = Assert.Throws<ContentException>(() => AdvisorContent.Load(config.Path));

        Assert.Equal(["the file is missing"], ex.Problems);
    }
}
