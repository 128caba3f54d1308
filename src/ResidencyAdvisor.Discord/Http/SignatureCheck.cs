namespace ResidencyAdvisor.Discord.Http;

/// <summary>Why a request to the interactions endpoint was accepted or refused; only this reason is logged.</summary>
internal enum SignatureCheck
{
    Valid,
    MissingHeaders,
    StaleTimestamp,
    BadSignature,
}
