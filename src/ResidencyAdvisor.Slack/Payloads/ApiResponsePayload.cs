namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>The envelope of every Web API answer: ok, and the error code when not.</summary>
internal class ApiResponsePayload
{
    public bool Ok { get; set; }

    public string? Error { get; set; }

    public ResponseMetadataPayload? ResponseMetadata { get; set; }
}

/// <summary>Extra detail Slack adds to some errors, such as which block was invalid.</summary>
internal sealed class ResponseMetadataPayload
{
    public IReadOnlyList<string>? Messages { get; set; }
}
