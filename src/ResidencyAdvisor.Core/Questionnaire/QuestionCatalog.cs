namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Builds prompts from the editable wording in config/questions.json and the fixed rules in code.</summary>
public sealed class QuestionCatalog
{
    public const int MaxTitleLength = 40;
    public const int MaxLabelLength = 75;
    public const int MaxDescriptionLength = 100;

    private readonly IReadOnlyDictionary<Step, QuestionText> _texts;

    private QuestionCatalog(QuestionTable table, IReadOnlyDictionary<Step, QuestionText> texts)
    {
        Table = table;
        _texts = texts;
    }

    /// <summary>The questions the wording belongs to.</summary>
    public QuestionTable Table { get; }

    /// <summary>Validates the wording against the table (the standard one unless given) and returns the catalog, or throws with every problem listed.</summary>
    public static QuestionCatalog Create(QuestionsFile file, string source, QuestionTable? table = null)
    {
        table ??= QuestionTable.Standard;
        var problems = new List<string>();
        var texts = new Dictionary<Step, QuestionText>();
        foreach (var question in table.Questions)
        {
            var step = question.Step;
            if (!file.Questions.TryGetValue(step.Id(), out var text))
            {
                problems.Add($"question '{step.Id()}' is missing");
                continue;
            }

            Check(question, text, problems);
            texts[step] = text;
        }

        foreach (var id in file.Questions.Keys)
        {
            if (!Step.TryParse(id, out var step) || !table.IsQuestion(step))
            {
                problems.Add($"'{id}' is not a question this version knows");
            }
        }

        if (problems.Count > 0)
        {
            throw new ContentException(source, problems);
        }

        return new QuestionCatalog(table, texts);
    }

    public QuestionText TextFor(Step step) => _texts[step];

    /// <summary>The label a choice shows, falling back to Yes/No for yes-no questions.</summary>
    public string Label(Step step, string choiceId)
    {
        if (_texts[step].Choices.TryGetValue(choiceId, out var choice))
        {
            return choice.Label;
        }

        return choiceId switch
        {
            YesNoQuestion.Yes => "Yes",
            YesNoQuestion.No => "No",
            _ => choiceId,
        };
    }

    public Choice Choice(Step step, string choiceId)
    {
        _texts[step].Choices.TryGetValue(choiceId, out var text);
        return new Choice(choiceId, Label(step, choiceId), text?.Description);
    }

    /// <summary>
    /// Why a choice the question lists is not offered now, in words that follow its label ("already chosen in question
    /// 13 (Backup interests)"); null when it is offered.
    /// </summary>
    public string? NotOfferedBecause(Step step, string choiceId, Answers answers)
    {
        var question = Table[step];
        if (question.OfferedChoiceIds(answers).Contains(choiceId))
        {
            return null;
        }

        return question is MultiChoiceQuestion { ExcludesChosenIn: { } other } && answers[other] is { } chosen && chosen.Ids.Contains(choiceId)
            ? $"already chosen in question {Table.Position(other, answers).Label} ({_texts[other].Title})"
            : "not available for your answers so far";
    }

    private static void Check(Question question, QuestionText text, List<string> problems)
    {
        var id = question.Step.Id();
        if (string.IsNullOrWhiteSpace(text.Title) || text.Title.Length > MaxTitleLength)
        {
            problems.Add($"question '{id}' needs a title of 1 to {MaxTitleLength} characters");
        }

        if (string.IsNullOrWhiteSpace(text.Text))
        {
            problems.Add($"question '{id}' needs a text");
        }

        foreach (var choiceId in question.ChoiceIds)
        {
            if (!text.Choices.ContainsKey(choiceId) && question is not YesNoQuestion)
            {
                problems.Add($"question '{id}' is missing choice '{choiceId}'");
            }
        }

        foreach (var (choiceId, choice) in text.Choices)
        {
            if (!question.ChoiceIds.Contains(choiceId))
            {
                problems.Add($"question '{id}' has unknown choice '{choiceId}'");
            }

            if (string.IsNullOrWhiteSpace(choice.Label) || choice.Label.Length > MaxLabelLength)
            {
                problems.Add($"choice '{id}/{choiceId}' needs a label of 1 to {MaxLabelLength} characters");
            }

            if (choice.Description is { Length: > MaxDescriptionLength })
            {
                problems.Add($"choice '{id}/{choiceId}' has a description over {MaxDescriptionLength} characters");
            }
        }
    }
}
