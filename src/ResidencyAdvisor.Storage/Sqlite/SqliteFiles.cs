namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// Creates the database folder and file readable by the bot's user only (0700 / 0600), whatever the umask, since they
/// hold students' scores and exam failures. SQLite gives the -wal and -shm files the database file's mode.
/// </summary>
internal static class SqliteFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] Companions = ["", "-wal", "-shm", "-journal"];

    /// <summary>Creates what is missing with private modes and makes the database's own files private.</summary>
    public static void Prepare(string databasePath)
    {
        if (Path.GetDirectoryName(databasePath) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            // Only folders this program creates are tightened: a configured path may sit in a shared folder such as /tmp.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, FolderMode);
                File.SetUnixFileMode(folder, FolderMode);
            }
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        CreatePrivately(databasePath);
        foreach (var suffix in Companions)
        {
            // Files left by an older release (or a copy) may be world-readable; they are this program's alone.
            var path = databasePath + suffix;
            if (File.Exists(path) && File.GetUnixFileMode(path) != FileMode)
            {
                File.SetUnixFileMode(path, FileMode);
            }
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void CreatePrivately(string path)
    {
        try
        {
            // An empty file is a valid new database; creating it here, not in SQLite, is what fixes its mode.
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = FileMode,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there (or another process won the race): its mode is set by the caller.
        }
    }
}
