using System.Globalization;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Where a question stands in the conversation, as the progress line shows it ("8 of 14", "8a of 14").</summary>
/// <param name="Number">The 1-based number of the question, or of the question a follow-up belongs to.</param>
/// <param name="Total">How many numbered questions there are; the same on every question of every conversation.</param>
/// <param name="FollowUp">0 for a numbered question; 1, 2… for the first, second… follow-up asked after it.</param>
public readonly record struct QuestionPosition(int Number, int Total, int FollowUp)
{
    /// <summary>"8" or, for a follow-up, "8a".</summary>
    public string Label => Number.ToString(CultureInfo.InvariantCulture) + (FollowUp == 0 ? "" : ((char)('a' + FollowUp - 1)).ToString());
}
