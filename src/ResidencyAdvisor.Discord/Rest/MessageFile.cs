namespace ResidencyAdvisor.Discord.Rest;

/// <summary>One file to attach to a message: its name as the student sees it, its exact bytes and their media type.</summary>
internal sealed record MessageFile(string FileName, ReadOnlyMemory<byte> Content, string ContentType = MessageFile.Markdown, string? Description = null)
{
    /// <summary>The plan is Markdown; the charset keeps Discord's preview from guessing at accented names.</summary>
    public const string Markdown = "text/markdown; charset=utf-8";
}
