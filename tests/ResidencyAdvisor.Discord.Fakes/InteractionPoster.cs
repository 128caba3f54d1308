using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using NSec.Cryptography;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>POSTs interactions to a bot's interactions endpoint the way Discord does: signed with the application's key.</summary>
public sealed class InteractionPoster(Uri endpoint, Key key) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Uri Endpoint => endpoint;

    /// <summary>X-Signature-Timestamp and X-Signature-Ed25519 for <paramref name="body"/> signed at <paramref name="at"/>.</summary>
    public (string Timestamp, string Signature) Sign(byte[] body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.ASCII.GetBytes(timestamp).Concat(body).ToArray();
        return (timestamp, Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, signed)));
    }

    /// <summary>Signs <paramref name="body"/> now and POSTs it.</summary>
    public Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        var (timestamp, signature) = Sign(body, DateTimeOffset.UtcNow);
        return PostAsync(body, timestamp, signature);
    }

    /// <summary>POSTs exactly these bytes with these headers (null leaves a header out), for tests of forged requests.</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
