namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A question answered yes or no; stored and read from files as true or false.</summary>
public sealed class YesNoQuestion(Step step, string savedName) : Question(step, PromptKind.YesNo, savedName)
{
    public const string Yes = "yes";
    public const string No = "no";

    private static readonly string[] Ids = [Yes, No];

    public override IReadOnlyList<string> ChoiceIds => Ids;

    public static AnswerValue From(bool yes) => AnswerValue.Choice(yes ? Yes : No);

    public override bool Accepts(AnswerValue value, Answers answers) => value.Id is Yes or No;
}
