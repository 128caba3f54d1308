using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Interactions;

/// <summary>
/// Asks, before a number form opens, whether the button's (session, turn, step) is still the student's question. A
/// form must open within the platform's 3 s, so the question gets only the time it is given; when that runs out, or the
/// store fails, the adapter decides whether to open the form anyway (the engine checks the submit regardless).
/// </summary>
public sealed class OpenFormQuery(TurnHandler conversations)
{
    /// <summary>Less than this is not worth a store round trip.</summary>
    public static readonly TimeSpan MinimumBudget = TimeSpan.FromMilliseconds(50);

    public async Task<FormLookup> AskAsync(ConversationKey key, string sessionId, int turn, string stepId, TimeSpan budget,
        CancellationToken cancellationToken)
    {
        if (!Step.TryParse(stepId, out var step))
        {
            return FormLookup.Stale;
        }

        if (budget != Timeout.InfiniteTimeSpan && budget <= MinimumBudget)
        {
            return FormLookup.NotKnown(null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        try
        {
            return await conversations.CurrentPromptAsync(key, sessionId, turn, step, timeout.Token) is { } prompt
                ? FormLookup.Current(prompt)
                : FormLookup.Stale;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return FormLookup.NotKnown(ex);
        }
    }
}
