namespace ResidencyAdvisor.Core.Advice;

/// <summary>What a rule does to the backup need when it applies.</summary>
public enum NeedEffect
{
    /// <summary>Weighs on the path only.</summary>
    None,

    /// <summary>A score band or exam record that sets the starting need (at least recommended).</summary>
    StartsAtRecommended,

    /// <summary>A score band or exam record that sets the starting need at the top.</summary>
    StartsAtStronglyRecommended,

    /// <summary>One level up; the rules of one <see cref="AdviceRule.Group"/> raise it once between them.</summary>
    Raises,

    /// <summary>Lifts an otherwise optional need to recommended, after every raise: it matters only for a strong profile.</summary>
    AtLeastRecommended,
}
