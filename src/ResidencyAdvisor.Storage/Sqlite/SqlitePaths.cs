namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>Where the SQLite file lives when Storage:SqlitePath is not set.</summary>
public static class SqlitePaths
{
    public const string FileName = "conversations.db";
    public const string FolderName = "residency-advisor";

    /// <summary>The configured path made absolute, or the default under the user's local application data folder.</summary>
    public static string Resolve(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Path.GetFullPath(configuredPath);
        }

        // Linux: $XDG_DATA_HOME or ~/.local/share; Windows: %LOCALAPPDATA%. A container without HOME gets "" here,
        // so fall back next to the app rather than the filesystem root.
        var dataFolder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(dataFolder))
        {
            dataFolder = Path.Combine(AppContext.BaseDirectory, "data");
        }

        return Path.Combine(dataFolder, FolderName, FileName);
    }
}
