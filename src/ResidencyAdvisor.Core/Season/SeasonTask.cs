namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// One thing the student has to do this season. <see cref="Id"/> is stable across answer changes (a ticked task stays
/// ticked while it still applies); <see cref="DueBefore"/> names the calendar milestone it should be done by, if any.
/// </summary>
public sealed record SeasonTask(string Id, string Text, string? DueBefore);
