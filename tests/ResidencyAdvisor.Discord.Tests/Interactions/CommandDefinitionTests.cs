using ResidencyAdvisor.Discord.Interactions;

namespace ResidencyAdvisor.Discord.Tests.Interactions;

public class CommandDefinitionTests
{
    [Fact]
    public void Advise_is_a_chat_input_command_within_Discords_command_limits()
    {
        var advise = Assert.Single(CommandRegistrar.Commands(Labels));

        Assert.Equal("advise", advise.Name);
        Assert.Equal(1, advise.Type);
        Assert.InRange(advise.Description.Length, 1, 100);
        var option = Assert.Single(advise.Options!);
        Assert.False(option.Required);
        Assert.InRange(option.Description.Length, 1, 100);
        Assert.Matches("^[a-z_-]{1,32}$", option.Name);
        Assert.All(option.Choices!, c => Assert.InRange(c.Name.Length, 1, 100));
        Assert.Contains(option.Choices!, c => c.Value == "forget");
        Assert.InRange(option.Choices!.Count, 1, 25);
        Assert.All(option.Choices!, c => Assert.InRange(c.Value.Length, 1, 100));
        Assert.Equal(option.Choices!.Count, option.Choices!.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void The_command_picker_shows_the_descriptions_worded_in_the_labels_file()
    {
        var labels = TestContent.Reworded(
            ("labels.json", "\"adviseCommandDescription\": \"Plan your", "\"adviseCommandDescription\": \"Map out your"),
            ("labels.json", "\"adviseActionDescription\": \"Leave empty", "\"adviseActionDescription\": \"Leave blank")).Labels;

        var advise = CommandRegistrar.Commands(labels)[0];

        Assert.StartsWith("Map out your diagnostic radiology application", advise.Description, StringComparison.Ordinal);
        Assert.StartsWith("Leave blank to start or continue", advise.Options![0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_action_option_offers_the_season_plan_checklist_whats_next_reminders_and_stop_reminders()
    {
        var values = CommandRegistrar.Commands(Labels)[0].Options![0].Choices!.Select(c => c.Value).ToList();

        Assert.Superset(new HashSet<string>(["plan", "checklist", "whats-next", "reminders", "stop-reminders"]), values.ToHashSet());
    }

    [Fact]
    public void Advise_works_in_servers_and_in_a_DM_with_the_bot() =>
        Assert.Equal([0, 1], CommandRegistrar.Commands(Labels)[0].Contexts);
}
