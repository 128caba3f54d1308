namespace ResidencyAdvisor.Slack.Tests.Season;

public class ManifestScopeTests
{
    [Theory]
    [InlineData("slack-app-manifest.yaml")]
    [InlineData("slack-app-manifest-http.yaml")]
    public void Each_manifest_asks_for_files_write_among_the_bot_scopes(string manifest)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "config", manifest));

        Assert.Contains("files:write", BotScopes(lines));
        Assert.Contains("chat:write", BotScopes(lines));
    }

    [Fact]
    public void The_default_install_scopes_include_files_write()
    {
        Assert.Contains("files:write", new SlackOptions().Scopes.Split(','));
    }

    /// <summary>The "- scope" lines under oauth_config.scopes.bot, comments skipped.</summary>
    private static List<string> BotScopes(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == "bot:");
        Assert.True(start >= 0, "the manifest has no oauth_config.scopes.bot list");
        return lines.Skip(start + 1)
            .Where(l => !l.TrimStart().StartsWith('#'))
            .TakeWhile(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l.Trim()[2..].Trim())
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResidencyAdvisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ResidencyAdvisor.sln not found above the test binaries");
    }
}
