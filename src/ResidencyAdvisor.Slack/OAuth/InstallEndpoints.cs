using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>
/// "Add to Slack": GET /slack/install sends the browser to Slack with a fresh signed state, also set in a cookie, and
/// writes nothing (a flood past <see cref="InstallRateLimit"/> gets 429); GET /slack/oauth_redirect accepts the state
/// only from the same browser, only with this deployment's signature, within ten minutes and once, then exchanges the
/// code and stores the workspace's sealed bot token. A refused state installs nothing.
/// </summary>
internal sealed class InstallEndpoints(IOAuthStateStore usedStates, InstallStates states, InstallRateLimit limit,
    IInstallationStore installations, Lazy<TokenProtector> protector, OAuthAccessClient access, IOptions<SlackOptions> options,
    TimeProvider time, ILogger<InstallEndpoints> logger)
{
    public const string InstallPath = "/slack/install";
    public const string RedirectPath = "/slack/oauth_redirect";
    public const string StateCookie = "slack_install_state";
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public async Task InstallAsync(HttpContext context)
    {
        if (!limit.TryTake(out var retryAfter))
        {
            logger.InstallRefused("the install link is being opened too often");
            await InstallPages.TooManyAsync(context, retryAfter);
            return;
        }

        InstallPages.AddSecurityHeaders(context.Response);
        var state = states.Issue(StateLifetime);
        context.Response.Cookies.Append(StateCookie, state, Cookie(context));
        var settings = options.Value;
        context.Response.Redirect(QueryHelpers.AddQueryString(settings.AuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = settings.Scopes,
            ["redirect_uri"] = RedirectUri().ToString(),
            ["state"] = state,
        }));
    }

    public async Task RedirectAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var state = query["state"].ToString();
        var cookie = context.Request.Cookies[StateCookie] ?? "";
        context.Response.Cookies.Delete(StateCookie, Cookie(context));
        if (state.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(cookie)))
        {
            logger.InstallRefused("the state does not match this browser's cookie");
            await InstallPages.RefusedAsync(context);
            return;
        }

        if (states.ExpiryOf(state) is not { } expires)
        {
            logger.InstallRefused("the state is not this deployment's, or has expired");
            await InstallPages.RefusedAsync(context);
            return;
        }

        if (await usedStates.IsUsedAsync(state, context.RequestAborted))
        {
            logger.InstallRefused("the state already completed an install");
            await InstallPages.RefusedAsync(context);
            return;
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            logger.InstallRefused("cancelled in Slack");
            await InstallPages.CancelledAsync(context);
            return;
        }

        await CompleteAsync(context, code, state, expires);
    }

    private async Task CompleteAsync(HttpContext context, string code, string state, DateTimeOffset expires)
    {
        try
        {
            var granted = await access.ExchangeAsync(code, RedirectUri(), context.RequestAborted);
            var owner = granted.IsEnterpriseInstall ? granted.Enterprise : granted.Team;
            if (owner?.Id is not { Length: > 0 } team)
            {
                throw new SlackApiException("oauth.v2.access", "no_team");
            }

            // Recorded only now that Slack granted an install: the one write a state costs. Losing this race means the
            // same state completed an install a moment ago (on any instance), so this replay installs nothing.
            if (!await usedStates.TryMarkUsedAsync(state, expires, context.RequestAborted))
            {
                logger.InstallRefused("the state already completed an install");
                await InstallPages.RefusedAsync(context);
                return;
            }

            var sealedToken = protector.Value.Protect(granted.AccessToken!, team);
            await installations.SaveAsync(new Installation(SlackServiceCollectionExtensions.Platform, team, granted.Enterprise?.Id,
                granted.BotUserId ?? "", sealedToken, time.GetUtcNow()), context.RequestAborted);
            logger.WorkspaceInstalled(team);
            await (granted.IsEnterpriseInstall
                ? InstallPages.InstalledForOrganizationAsync(context, owner.Name ?? "your organization")
                : InstallPages.InstalledAsync(context, owner.Name ?? "your workspace"));
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            logger.InstallRefused(ex is SlackApiException slack ? slack.Error : ex.Message);
            await InstallPages.FailedAsync(context);
        }
    }

    // Never from the Host header: the validator requires Slack:PublicUrl in many-workspace mode.
    private Uri RedirectUri() => new(options.Value.PublicUrl!, RedirectPath.TrimStart('/'));

    // Behind a TLS-terminating proxy the request itself is http, so the public URL decides.
    private CookieOptions Cookie(HttpContext context) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps || options.Value.PublicUrl?.Scheme == Uri.UriSchemeHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/slack/",
        MaxAge = StateLifetime,
    };
}
