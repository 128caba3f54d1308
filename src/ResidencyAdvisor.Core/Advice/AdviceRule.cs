using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>
/// One rule of the advice, written once: when it applies, what it does to the backup need and to the radiology-only
/// path, and the change within the student's control that clears it (none for a past fact). Its words live under its
/// id in config/guidance: the reason in reasons.md (or a fragment of its group's reason), "fixed.{id}" in changes.md
/// when nothing the student controls clears it, and "step.{id}" when <see cref="HasStep"/>.
/// </summary>
public sealed record AdviceRule(string Id, Func<StudentProfile, bool> Applies)
{
    public NeedEffect Need { get; init; }

    /// <summary>Rules that share a group raise the need once between them and are given as one reason.</summary>
    public string? Group { get; init; }

    /// <summary>False only for a rule that still allows a radiology-only application (a 245-249 score).</summary>
    public bool BlocksRadiologyOnly { get; init; } = true;

    /// <summary>The change within the student's control that clears the rule; null for a past fact.</summary>
    public Lever? ClearedBy { get; init; }

    /// <summary>A smaller change that lowers the need without opening radiology-only (a few regions instead of one area).</summary>
    public Lever? EasedBy { get; init; }

    /// <summary>The rule has a concrete step in changes.md ("step.{id}").</summary>
    public bool HasStep { get; init; }

    /// <summary>The key of the rule's reason: its group's when it has one.</summary>
    public string ReasonKey => Group ?? Id;

    /// <summary>A past fact: no change within the student's control clears it.</summary>
    public bool IsFixed => ClearedBy is null;

    public bool SetsBase => Need is NeedEffect.StartsAtRecommended or NeedEffect.StartsAtStronglyRecommended;
}
