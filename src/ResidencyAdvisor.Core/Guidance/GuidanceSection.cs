namespace ResidencyAdvisor.Core.Guidance;

/// <summary>A group of guidance the student opens from the result, such as the interview answers.</summary>
public sealed record GuidanceSection(string Id, string Title, IReadOnlyList<GuidanceItem> Items)
{
    public GuidanceItem? Item(string key) => Items.FirstOrDefault(i => i.Key == key);
}
