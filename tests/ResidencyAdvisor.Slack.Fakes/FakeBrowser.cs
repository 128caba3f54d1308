using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>A browser going through "Add to Slack": keeps its cookies, follows no redirect by itself, and plays the admin who approves.</summary>
public sealed class FakeBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies = new();

    public FakeBrowser()
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false });
    }

    /// <summary>An attacker's browser that copied another browser's install cookie (the state's value) for <paramref name="site"/>.</summary>
    public void CopyStateCookie(Uri site, string state) => _cookies.Add(new Cookie("slack_install_state", state, "/slack/", site.Host));

    /// <summary>Opens the install link once and returns the raw answer (for flood tests: 302, or 429 with Retry-After).</summary>
    public async Task<(HttpStatusCode Status, string? RetryAfter)> HitInstallAsync(Uri installUrl)
    {
        using var response = await _http.GetAsync(installUrl);
        return (response.StatusCode, response.Headers.RetryAfter?.ToString());
    }

    /// <summary>Opens the install link and returns where it sends the browser (Slack's authorize page, with its query).</summary>
    public async Task<(Uri Location, IDictionary<string, string> Query)> OpenInstallAsync(Uri installUrl)
    {
        using var response = await _http.GetAsync(installUrl);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"The install link answered {(int)response.StatusCode}, not a redirect.");
        }

        var query = QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        return (location, query);
    }

    /// <summary>Comes back to the app from Slack with a code and a state, as the redirect would.</summary>
    public async Task<(HttpStatusCode Status, string Page)> ReturnAsync(string redirectUri, string? code, string state)
    {
        var url = QueryHelpers.AddQueryString(redirectUri, new Dictionary<string, string?> { ["code"] = code, ["state"] = state }
            .Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
        using var response = await _http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The whole install of one workspace: open the link, approve in the fake Slack, come back.</summary>
    public async Task<(HttpStatusCode Status, string Page)> InstallAsync(Uri installUrl, FakeSlack slack, string teamId)
    {
        var (_, query) = await OpenInstallAsync(installUrl);
        var redirectUri = query["redirect_uri"];
        return await ReturnAsync(redirectUri, slack.Authorize(teamId, redirectUri), query["state"]);
    }

    public void Dispose() => _http.Dispose();
}
