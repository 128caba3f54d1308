namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Shows a saved answer the way the student gave it: the number ("3 or more" for that pick), or the labels of the choices.</summary>
public static class AnswerFormatter
{
    public static string Display(Step step, Answers answers, QuestionCatalog catalog)
    {
        var question = catalog.Table[step];
        if (answers[step] is not { } value)
        {
            return "";
        }

        if (value.Number is { } number)
        {
            return value.IsOrMore ? NumberQuestion.OrMoreLabel(number) : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (question is MultiChoiceQuestion)
        {
            return value.Ids.Count == 0 ? "None" : string.Join(", ", value.Ids.Select(id => catalog.Label(step, id)));
        }

        return catalog.Label(step, value.Ids[0]);
    }
}
