using System.Net;

namespace ResidencyAdvisor.Discord.Rest;

/// <summary>Discord refused a REST call (a 4xx other than 429, or retries ran out).</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DiscordRestException(string route, HttpStatusCode status, int code, string? discordMessage)
        : base($"Discord answered {(int)status} on {route} (code {code}: {discordMessage})")
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code, 0 when the body had none.</summary>
    public int Code { get; }
}
