using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Slack.Payloads;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>Exchanges an install's code for the workspace's bot token at oauth.v2.access (client id and secret in the form, no token).</summary>
internal sealed class OAuthAccessClient(IHttpClientFactory httpClients, IOptions<SlackOptions> options)
{
    public async Task<OAuthAccessResponsePayload> ExchangeAsync(string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(
        [
            new("client_id", settings.ClientId),
            new("client_secret", settings.ClientSecret),
            new("code", code),
            new("redirect_uri", redirectUri.ToString()),
        ]);
        using var http = httpClients.CreateClient(SlackServiceCollectionExtensions.HttpClientName);
        using var response = await http.PostAsync(new Uri(settings.ApiBaseUrl, "oauth.v2.access"), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("oauth.v2.access", $"http_{(int)response.StatusCode}");
        }

        OAuthAccessResponsePayload? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync(SlackJsonContext.Default.OAuthAccessResponsePayload, cancellationToken);
        }
        catch (JsonException)
        {
            throw new SlackApiException("oauth.v2.access", "invalid_response");
        }

        if (answer is not { Ok: true, AccessToken.Length: > 0 })
        {
            throw new SlackApiException("oauth.v2.access", answer?.Error ?? "no_token");
        }

        return answer;
    }
}
