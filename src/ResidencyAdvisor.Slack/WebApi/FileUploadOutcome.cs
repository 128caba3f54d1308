namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>
/// How a file upload ended, apart from failures every call can have (those are thrown as for any other call):
/// a workspace that installed before the app asked for files:write is told to reinstall, not shown an error.
/// </summary>
internal enum FileUploadOutcome
{
    Shared,

    /// <summary>The workspace's token lacks files:write; nothing was shared.</summary>
    MissingScope,
}
