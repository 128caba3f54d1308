namespace ResidencyAdvisor.Core.Guidance;

/// <summary>The shape of config/facts.json.</summary>
internal sealed class FactsFile
{
    public List<FactEntry>? Facts { get; set; }
}

/// <summary>One entry of config/facts.json before validation.</summary>
internal sealed class FactEntry
{
    public string? Id { get; set; }
    public string? Statement { get; set; }
    public string? Value { get; set; }
    public int? CycleYear { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
}
