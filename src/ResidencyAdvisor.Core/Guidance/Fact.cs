namespace ResidencyAdvisor.Core.Guidance;

/// <summary>A published figure with its cycle year and source, as config/facts.json states it.</summary>
public sealed record Fact(string Id, string Statement, string Value, int CycleYear, string Source, string Url)
{
    /// <summary>The fact as it reads in guidance: the statement (with its year), then who published it; short enough for chat; the URL stays in facts.json.</summary>
    public string Cited => $"{Statement} (Source: {Source}.)";
}
