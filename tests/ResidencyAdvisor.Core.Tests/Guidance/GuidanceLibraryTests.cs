using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Core.Tests.Guidance;

public sealed class GuidanceLibraryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ra-guidance-" + Guid.NewGuid().ToString("N"));

    public GuidanceLibraryTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "config", "guidance")))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_shipped_guidance_loads() => GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels);

    [Fact]
    public void A_missing_file_stops_loading_with_its_name()
    {
        File.Delete(Path.Combine(_dir, "interview.md"));
        var ex = Assert.Throws<ContentException>(() => GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels));
        Assert.Contains("interview.md is missing", ex.Message);
    }

    [Fact]
    public void A_missing_key_is_named()
    {
        Rewrite("cv.md", text => text.Replace("## honesty", "## honesty-typo", StringComparison.Ordinal));
        var ex = Assert.Throws<ContentException>(() => GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels));
        Assert.Contains("cv.md: '## honesty' is missing", ex.Message);
        Assert.Contains("cv.md: '## honesty-typo' is not a known key", ex.Message);
    }

    [Fact]
    public void A_placeholder_not_allowed_for_its_key_is_named_with_the_allowed_ones()
    {
        Rewrite("cv.md", text => text.Replace("## honesty\n", "## honesty\nUse {changes} here.\n", StringComparison.Ordinal));
        var ex = Assert.Throws<ContentException>(() => GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels));
        Assert.Contains("'## honesty' uses {changes}; allowed here: {examName}", ex.Message);
    }

    [Fact]
    public void A_stray_brace_is_reported()
    {
        Rewrite("letters.md", text => text.Replace("## assignment.dual\n", "## assignment.dual\nBroken {placeholder here.\n", StringComparison.Ordinal));
        var ex = Assert.Throws<ContentException>(() => GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels));
        Assert.Contains("stray brace", ex.Message);
    }

    [Fact]
    public void An_empty_entry_is_reported()
    {
        Rewrite("cv.md", text => text.Replace("## honesty\n", "## honesty\n\n## spare\n", StringComparison.Ordinal));
        var ex = Assert.Throws<ContentException>(() => GuidanceLibrary.Load(_dir, TestContent.Content.Facts, TestContent.Content.Labels));
        Assert.Contains("'## honesty' has no text", ex.Message);
    }

    private void Rewrite(string file, Func<string, string> change)
    {
        var path = Path.Combine(_dir, file);
        File.WriteAllText(path, change(File.ReadAllText(path).ReplaceLineEndings("\n")));
    }
}
