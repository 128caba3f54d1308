using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Questionnaire;

public class QuestionCatalogTests
{
    [Fact]
    public void A_missing_question_is_named()
    {
        var file = new QuestionsFile();
        var ex = Assert.Throws<ContentException>(() => QuestionCatalog.Create(file, "questions.json"));
        Assert.Contains("question 'exam' is missing", ex.Message);
    }

    [Fact]
    public void A_choice_label_longer_than_platforms_allow_is_refused()
    {
        var file = Shipped();
        file.Questions["exam"].Choices["usmle"].Label = new string('x', 76);
        var ex = Assert.Throws<ContentException>(() => QuestionCatalog.Create(file, "questions.json"));
        Assert.Contains("choice 'exam/usmle' needs a label of 1 to 75 characters", ex.Message);
    }

    [Fact]
    public void A_missing_required_choice_and_an_unknown_question_are_named()
    {
        var file = Shipped();
        file.Questions["geography"].Choices.Remove("anywhere");
        file.Questions["favourite-colour"] = new QuestionText { Title = "x", Text = "y" };
        var ex = Assert.Throws<ContentException>(() => QuestionCatalog.Create(file, "questions.json"));
        Assert.Contains("question 'geography' is missing choice 'anywhere'", ex.Message);
        Assert.Contains("'favourite-colour' is not a question this version knows", ex.Message);
    }

    private static QuestionsFile Shipped()
    {
        var json = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "config", "questions.json"));
        return System.Text.Json.JsonSerializer.Deserialize(json, ContentJsonContext.Default.QuestionsFile)!;
    }
}
