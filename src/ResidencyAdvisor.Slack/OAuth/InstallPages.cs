using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>The plain pages a person sees at the end of "Add to Slack".</summary>
internal static class InstallPages
{
    public static Task InstalledAsync(HttpContext context, string workspace) => WriteAsync(context, StatusCodes.Status200OK,
        "ResidencyAdvisor is installed",
        $"ResidencyAdvisor is now part of {HtmlEncoder.Default.Encode(workspace)}. Students can open a direct message with the "
        + "app (under Apps in Slack's sidebar) and say hi, or type /advise in any channel to start privately. You can close this page.");

    /// <summary>An org-wide install adds the app to no workspace yet: Slack leaves that to an org admin.</summary>
    public static Task InstalledForOrganizationAsync(HttpContext context, string organization) => WriteAsync(context, StatusCodes.Status200OK,
        "ResidencyAdvisor is installed for your organization",
        $"ResidencyAdvisor is now installed for all of {HtmlEncoder.Default.Encode(organization)}, with one token for every workspace. "
        + "An org admin still has to add it to the workspaces where students should find it (in Slack's admin pages: "
        + "Integrations, Installed apps, ResidencyAdvisor, Add to more workspaces). Then students can open a direct message "
        + "with the app and say hi, or type /advise. You can close this page.");

    public static Task RefusedAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status400BadRequest,
        "This install link can't be used",
        "The link has expired, was already used, or was started in another browser. Nothing was installed. "
        + "<a href=\"install\">Start again from Add to Slack</a>.");

    public static Task TooManyAsync(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, StatusCodes.Status429TooManyRequests, "Please wait a moment",
            "The install link is being opened very often right now. Nothing was installed. <a href=\"install\">Try again</a> in a few seconds.");
    }

    public static Task CancelledAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status200OK,
        "Nothing was installed", "The install was cancelled in Slack, so nothing changed. <a href=\"install\">Try again</a> whenever you like.");

    public static Task FailedAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status502BadGateway,
        "Slack didn't finish the install", "Slack did not hand over the app's access, so nothing was installed. "
        + "<a href=\"install\">Please try again</a> in a minute.");

    /// <summary>
    /// Pages with no script, style or frame: the policy allows none, so an injected tag would do nothing, and no other
    /// site can frame a page (clickjacking an admin) or learn the state-bearing URL it came from.
    /// </summary>
    public static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }

    private static Task WriteAsync(HttpContext context, int status, string title, string body)
    {
        AddSecurityHeaders(context.Response);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var html = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            + $"<body><h1>{title}</h1><p>{body}</p></body></html>";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted).AsTask();
    }
}
