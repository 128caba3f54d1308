using System.Text;

namespace ResidencyAdvisor.Host.Cli;

/// <summary>Reads an answers file of at most <see cref="MaxBytes"/>, so a huge file, a pipe or /dev/zero cannot exhaust memory.</summary>
internal static class AnswersFile
{
    /// <summary>A complete answers file is well under a kilobyte; this leaves ample room for formatting.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The file's text, or null with the problem in <paramref name="problem"/>.</summary>
    public static string? Read(string path, out string? problem)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[MaxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxBytes)
        {
            problem = $"the answers file is larger than {MaxBytes / 1024} KB; it should hold only the fields listed in the README";
            return null;
        }

        problem = null;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(buffer, 0, total).TrimStart('\uFEFF');
    }
}
