using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Refuses reminder settings that would send nothing or hammer the store, naming the setting to fix.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        var failures = new List<string>();
        if (ReminderPlanner.ParseOffsets(options.Offsets ?? "", out var problem) is null)
        {
            failures.Add($"Reminders:Offsets: {problem}.");
        }

        if (options.CheckEvery < TimeSpan.FromSeconds(1) || options.CheckEvery > TimeSpan.FromHours(1))
        {
            failures.Add($"Reminders:CheckEvery must be between 00:00:01 and 01:00:00 (was {options.CheckEvery}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
