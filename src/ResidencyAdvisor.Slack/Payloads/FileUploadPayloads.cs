namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>files.getUploadURLExternal: where to POST the bytes, and the id the file will have.</summary>
internal sealed class UploadUrlResponsePayload : ApiResponsePayload
{
    public string? UploadUrl { get; set; }

    public string? FileId { get; set; }
}

/// <summary>files.completeUploadExternal: shares the uploaded files in one channel, with an optional message above them.</summary>
internal sealed record CompleteUploadRequestPayload(IReadOnlyList<UploadedFilePayload> Files, string ChannelId, string? InitialComment);

/// <summary>One uploaded file and the title Slack shows for it.</summary>
internal sealed record UploadedFilePayload(string Id, string Title);

/// <summary>files.completeUploadExternal's answer: the files it shared.</summary>
internal sealed class CompleteUploadResponsePayload : ApiResponsePayload
{
    public IReadOnlyList<FileRefPayload>? Files { get; set; }
}

/// <summary>A file reference in an answer.</summary>
internal sealed class FileRefPayload
{
    public string? Id { get; set; }
}
