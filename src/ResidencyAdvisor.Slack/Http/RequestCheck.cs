namespace ResidencyAdvisor.Slack.Http;

/// <summary>Why a signed Slack request was accepted or refused; only this reason is ever logged.</summary>
internal enum RequestCheck
{
    Valid,
    MissingHeaders,
    StaleTimestamp,
    BadSignature,
}
