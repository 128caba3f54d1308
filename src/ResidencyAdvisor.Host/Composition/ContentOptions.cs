namespace ResidencyAdvisor.Host.Composition;

/// <summary>Where the editable content lives (questions and guidance templates).</summary>
internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The config folder; empty means the one shipped next to the program.</summary>
    public string Directory { get; set; } = "";
}
