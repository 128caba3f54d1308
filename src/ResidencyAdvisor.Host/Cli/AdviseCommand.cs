using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Host.Cli;

/// <summary><c>advise --answers FILE [--format json|markdown]</c>: one recommendation, no conversation.</summary>
internal static class AdviseCommand
{
    public const int BadInput = 2;

    public const string Usage = "usage: residency-advisor advise --answers FILE [--format json|markdown]";

    public static int Run(string[] args, Func<AdvisorContent> loadContent, Stream stdout, TextWriter stderr)
    {
        string? file = null;
        var format = "json";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--answers" when i + 1 < args.Length: file = args[++i]; break;
                case "--format" when i + 1 < args.Length: format = args[++i]; break;
                default:
                    stderr.WriteLine($"error: unexpected argument '{Printable.Of(args[i])}'");
                    stderr.WriteLine(Usage);
                    return BadInput;
            }
        }

        if (file is null || format is not ("json" or "markdown"))
        {
            stderr.WriteLine(file is null ? "error: --answers FILE is required" : $"error: --format must be json or markdown, not '{Printable.Of(format)}'");
            stderr.WriteLine(Usage);
            return BadInput;
        }

        string? json;
        string? tooBig;
        try
        {
            json = AnswersFile.Read(file, out tooBig);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read '{Printable.Of(file)}': {Printable.Of(ex.Message, 200)}");
            return BadInput;
        }

        if (json is null)
        {
            stderr.WriteLine($"error: {tooBig}");
            return BadInput;
        }

        var problems = new List<string>();
        var profile = AnswersFileReader.Read(json, problems);
        if (profile is null)
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine($"error: {problem}");
            }

            return BadInput;
        }

        var report = new AdviceComposer(loadContent().Guidance).Compose(profile);
        if (format == "json")
        {
            AdviceJsonWriter.Write(report, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(AdviceMarkdown.Write(report));
            stdout.Write(bytes);
        }

        stdout.Flush();
        return 0;
    }
}
