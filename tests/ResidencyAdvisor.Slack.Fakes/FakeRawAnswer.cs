namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>A Web API answer the fake sends as is: a server error, a malformed body or a bogus charset.</summary>
public sealed record FakeRawAnswer(int Status, string ContentType, string Body)
{
    /// <summary>200 with a charset no decoder knows, as a broken proxy might send.</summary>
    public static FakeRawAnswer BogusCharset(string body = "{\"ok\":true}") => new(200, "application/json; charset=bogus-charset", body);

    public static FakeRawAnswer NotJson => new(200, "text/html", "<html>maintenance</html>");

    public static FakeRawAnswer ServerError => new(503, "text/plain", "unavailable");
}
