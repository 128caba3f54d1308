namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>The first field of every JSON request Slack POSTs: its type, and for url_verification the challenge to echo.</summary>
internal sealed class UrlVerificationPayload
{
    public string? Type { get; set; }

    public string? Challenge { get; set; }
}

/// <summary>The answer to url_verification: the challenge, echoed.</summary>
internal sealed record ChallengeResponsePayload(string Challenge);
