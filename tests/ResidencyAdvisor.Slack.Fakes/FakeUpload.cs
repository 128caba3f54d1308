namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// One file through the fake's external upload: reserved with a name and length, then its bytes (and whether a bearer
/// token came with them), then where it was shared, with its title and the message above it.
/// </summary>
public sealed class FakeUpload(string fileId, string filename, long length, string team)
{
    public string FileId { get; } = fileId;

    public string Filename { get; } = filename;

    /// <summary>The length given to files.getUploadURLExternal.</summary>
    public long Length { get; } = length;

    public string Team { get; } = team;

    public byte[]? Bytes { get; internal set; }

    /// <summary>True when the POST of the bytes carried an Authorization header (Slack does not want one there).</summary>
    public bool BytesCameWithToken { get; internal set; }

    public string? Channel { get; internal set; }

    public string? Title { get; internal set; }

    public string? InitialComment { get; internal set; }

    public bool Shared => Channel is not null;
}
