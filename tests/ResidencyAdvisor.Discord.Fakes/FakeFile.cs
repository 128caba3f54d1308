namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>One files[n] part of a multipart request, exactly as it arrived.</summary>
public sealed record FakeFile(string PartName, string FileName, string? ContentType, byte[] Content)
{
    /// <summary>The n of files[n]: the attachment id the payload_json must describe it with.</summary>
    public int? Index => PartName.StartsWith("files[", StringComparison.Ordinal) && PartName.EndsWith(']')
        && int.TryParse(PartName.AsSpan(6, PartName.Length - 7), out var n) ? n : null;
}
