using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Checks Storage:Redis without ever echoing it: the string may carry a password, and StackExchange.Redis reads a
/// comma inside a password as the start of another endpoint, which would then be logged as a host name.
/// </summary>
internal static class RedisSettings
{
    private const string Fix =
        "List the endpoints first and the options (password=..., ssl=true) after them; a password must not contain a comma.";

    /// <summary>Null when the string is usable; otherwise what is wrong, with no part of the value in it.</summary>
    public static string? Problem(string configuration)
    {
        var seenOption = false;
        foreach (var part in configuration.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Contains('=', StringComparison.Ordinal))
            {
                seenOption = true;
            }
            else if (seenOption)
            {
                return $"Storage:Redis has an endpoint after an option (value not shown; it may hold a password). {Fix}";
            }
        }

        try
        {
            ConfigurationOptions.Parse(configuration);
            return null;
        }
        catch (ArgumentException)
        {
            return $"Storage:Redis is not a valid StackExchange.Redis configuration string (value not shown; it may hold a password). {Fix}";
        }
    }
}
