using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Tests.Rest;

public class RateLimitBucketsTests
{
    private static readonly RestRoute Route = RestRoute.GlobalCommands("1");

    [Fact]
    public void An_exhausted_bucket_waits_until_its_reset()
    {
        var time = new FakeTimeProvider();
        var buckets = new RateLimitBuckets(time);

        buckets.Update(Route, Headers(remaining: 0, resetAfter: 2.5));

        Assert.Equal(TimeSpan.FromSeconds(2.5), buckets.DelayBefore(Route));
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, buckets.DelayBefore(Route));
    }

    [Fact]
    public void A_bucket_with_room_does_not_wait()
    {
        var buckets = new RateLimitBuckets(new FakeTimeProvider());

        buckets.Update(Route, Headers(remaining: 3, resetAfter: 2));

        Assert.Equal(TimeSpan.Zero, buckets.DelayBefore(Route));
    }

    [Fact]
    public void A_global_429_holds_every_route()
    {
        var buckets = new RateLimitBuckets(new FakeTimeProvider());

        buckets.Limited(Route, TimeSpan.FromSeconds(1), global: true);

        Assert.Equal(TimeSpan.FromSeconds(1), buckets.DelayBefore(RestRoute.GatewayBot()));
    }

    [Fact]
    public void A_route_429_holds_only_that_route()
    {
        var buckets = new RateLimitBuckets(new FakeTimeProvider());

        buckets.Limited(Route, TimeSpan.FromSeconds(1), global: false);

        Assert.Equal(TimeSpan.FromSeconds(1), buckets.DelayBefore(Route));
        Assert.Equal(TimeSpan.Zero, buckets.DelayBefore(RestRoute.GatewayBot()));
    }

    [Fact]
    public void Logged_routes_never_contain_the_interaction_token() =>
        Assert.DoesNotContain("secret-token", RestRoute.EditOriginal("1", "secret-token").ToString(), StringComparison.Ordinal);

    private static HttpResponseHeaders Headers(int remaining, double resetAfter)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response.Headers;
    }
}
