using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>Signs a request body the way Slack does (v0, HMAC-SHA256 of "v0:timestamp:body"), written apart from the adapter's verifier.</summary>
public static class SlackRequestSigner
{
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Sign(string signingSecret, string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes("v0:" + timestamp + ":").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }
}
