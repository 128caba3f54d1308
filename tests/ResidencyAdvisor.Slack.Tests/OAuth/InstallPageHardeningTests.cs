using System.Net;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack.Tests.OAuth;

/// <summary>Issue 18 items 8 and 9: the install link behind a TLS proxy, with a forged Host header, and its pages' headers.</summary>
public sealed class InstallPageHardeningTests : SlackTestBed
{
    private const string PublicUrl = "https://advisor.example.org/";

    protected override bool OverHttp => true;

    protected override bool StartAdapter => false;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var settings = ManyWorkspaceSettings();
        settings["Slack:PublicUrl"] = PublicUrl;
        await StartAdapterAsync(settings);
    }

    [Fact]
    public async Task A_forged_host_header_does_not_move_the_redirect_and_the_state_cookie_is_secure_behind_tls()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, Adapter.InstallUrl);
        request.Headers.Host = "evil.example";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("redirect_uri=https%3A%2F%2Fadvisor.example.org%2Fslack%2Foauth_redirect", response.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", response.Headers.Location.ToString(), StringComparison.Ordinal);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Install_pages_forbid_scripts_framing_sniffing_and_referrers()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var refused = await http.GetAsync(new Uri(Adapter.PublicBaseUrl!, "slack/oauth_redirect?state=forged&code=x"));
        using var redirect = await http.GetAsync(Adapter.InstallUrl);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        foreach (var response in new[] { refused, redirect })
        {
            Assert.Equal("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
                response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}
