namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>Which token a Web API call is made with.</summary>
internal enum SlackToken
{
    Bot,
    App,
}
