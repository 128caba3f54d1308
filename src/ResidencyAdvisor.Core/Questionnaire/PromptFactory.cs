namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Turns a step and the answers so far into the prompt an adapter renders.</summary>
public sealed class PromptFactory(QuestionCatalog catalog)
{
    public QuestionCatalog Catalog => catalog;

    public Prompt Create(Step step, Answers answers, bool canGoBack)
    {
        var question = catalog.Table[step];
        var text = catalog.TextFor(step);
        var range = (question as NumberQuestion)?.Range(answers);
        var position = catalog.Table.Position(step, answers);
        var choices = question.OfferedChoiceIds(answers).Select(id => catalog.Choice(step, id)).ToArray();
        var current = answers.IsAnswered(step) ? AnswerFormatter.Display(step, answers, catalog) : null;
        return new Prompt(step, step.Id(), text.Title, Fill(text.Text, answers, range), Fill(text.Help, answers, range),
            position.Number, position.Total, question.Kind, choices, range, current, canGoBack)
        {
            Picks = (question as NumberQuestion)?.Picks(answers) ?? [],
            FollowUp = position.FollowUp,
            Listed = question is NumberQuestion ? [] :
                [.. question.ChoiceIds.Select(id => new ListedChoice(catalog.Choice(step, id), catalog.NotOfferedBecause(step, id, answers)))],
        };
    }

    private static string Fill(string? template, Answers answers, NumberRange? range)
    {
        if (string.IsNullOrEmpty(template))
        {
            return template ?? "";
        }

        var text = template.Replace("{examName}", ExamIds.ScoreName(answers.Exam), StringComparison.Ordinal);
        if (range is not null)
        {
            text = text.Replace("{min}", range.Min.ToString(), StringComparison.Ordinal)
                .Replace("{max}", range.Max.ToString(), StringComparison.Ordinal);
        }

        return text;
    }
}
