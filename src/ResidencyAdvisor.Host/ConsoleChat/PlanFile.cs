using System.Text;

namespace ResidencyAdvisor.Host.ConsoleChat;

/// <summary>
/// Writes the console's plan file. It never overwrites: an existing "residency-plan.md" (the student's own edits, an
/// earlier plan) stays, and the new plan takes the next free name, "residency-plan-2.md" and so on.
/// </summary>
internal static class PlanFile
{
    public static string Write(string directory, string fileName, string markdown)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(directory, n == 1 ? fileName : $"{stem}-{n}{extension}");
            try
            {
                // CreateNew fails if the file appeared since: the check and the write are one step.
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(Encoding.UTF8.GetBytes(markdown));
                return path;
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }
    }
}
