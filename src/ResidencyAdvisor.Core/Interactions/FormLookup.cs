using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Interactions;

/// <summary>What <see cref="OpenFormQuery"/> learned about the question a number button opens its form for.</summary>
public sealed record FormLookup
{
    private FormLookup()
    {
    }

    /// <summary>The question the button still shows: the form opens on it.</summary>
    public Prompt? Prompt { get; private init; }

    /// <summary>The conversation moved on: the button is out of date and nothing opens.</summary>
    public bool OutOfDate { get; private init; }

    /// <summary>Why nothing is known (the store failed, or there was no time to ask): null when something is.</summary>
    public Exception? Failure { get; private init; }

    /// <summary>No time, or the store failed: what the button shows is not known.</summary>
    public bool Unknown => Prompt is null && !OutOfDate;

    public static FormLookup Current(Prompt prompt) => new() { Prompt = prompt };

    public static FormLookup Stale { get; } = new() { OutOfDate = true };

    public static FormLookup NotKnown(Exception? failure) => new() { Failure = failure };
}
