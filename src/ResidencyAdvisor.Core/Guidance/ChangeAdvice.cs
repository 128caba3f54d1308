using ResidencyAdvisor.Core.Advice;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>"What would change this" in words: each smallest set of changes, what holds the advice, and the steps to take.</summary>
public sealed record ChangeAdvice(ChangeAnalysis Analysis, IReadOnlyList<ChangeOptionAdvice> Options, IReadOnlyList<string> Held, IReadOnlyList<StepAdvice> Steps)
{
    public IReadOnlyList<string> PathHeldBy => Analysis.PathHeldBy;

    public IReadOnlyList<string> NeedHeldBy => Analysis.NeedHeldBy;

    /// <summary>Every sentence in reading order, for renderers that show a plain list.</summary>
    public IEnumerable<string> Lines => Options.Select(o => o.Text).Concat(Held).Concat(Steps.Select(s => s.Text));
}

/// <summary>One smallest set of changes with the sentence that explains it.</summary>
public sealed record ChangeOptionAdvice(ChangeOption Option, string Text);

/// <summary>A concrete step for one rule, from config/guidance/changes.md.</summary>
public sealed record StepAdvice(string Id, string Text);
