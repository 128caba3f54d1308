namespace ResidencyAdvisor.Testing;

/// <summary>A copy of the shipped config/ in a temporary folder, with some words replaced; deleted when disposed.</summary>
public sealed class ConfigCopy : IDisposable
{
    private ConfigCopy(string path) => Path = path;

    public string Path { get; }

    /// <summary>
    /// Copies config/ and makes each edit (in <c>File</c>, <c>Find</c> becomes <c>Replace</c>); throws when a
    /// <c>Find</c> is not there, so a test never passes over an edit that did not happen.
    /// </summary>
    public static ConfigCopy Of(params (string File, string Find, string Replace)[] edits)
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "config");
        var copy = new ConfigCopy(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ra-config-{Guid.NewGuid():N}"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(copy.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var (file, find, replace) in edits)
        {
            var path = System.IO.Path.Combine(copy.Path, file);
            var text = File.ReadAllText(path);
            if (!text.Contains(find, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file} does not contain {find}.");
            }

            File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        }

        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
