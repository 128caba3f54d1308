namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>A Web API call answered ok:false (or failed at HTTP level); <see cref="Error"/> is Slack's error code.</summary>
public sealed class SlackApiException : Exception
{
    private static readonly HashSet<string> AuthErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type", "missing_scope",
    };

    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : this("unknown", message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = message;
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    public string Method { get; } = "unknown";

    public string Error { get; } = "unknown_error";

    /// <summary>True when retrying cannot help because the token itself was refused.</summary>
    public bool IsAuthFailure => AuthErrors.Contains(Error);

    /// <summary>
    /// The token lacks a scope the method needs: a workspace that installed before the app asked for it (files:write)
    /// keeps its old grant until it reinstalls.
    /// </summary>
    public bool IsMissingScope => Code == "missing_scope";

    /// <summary>Slack's error code alone, without the detail <see cref="Error"/> may carry in parentheses.</summary>
    public string Code => Error.Split(" (", 2)[0];
}
