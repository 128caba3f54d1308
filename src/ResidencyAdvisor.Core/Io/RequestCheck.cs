namespace ResidencyAdvisor.Core.Io;

/// <summary>Why a signed request from a platform was accepted or refused; only this reason is ever logged.</summary>
public enum RequestCheck
{
    Valid,
    MissingHeaders,
    StaleTimestamp,
    BadSignature,
}
