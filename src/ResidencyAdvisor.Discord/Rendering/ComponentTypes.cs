namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>Discord's component type and style numbers.</summary>
internal static class ComponentTypes
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int StringSelect = 3;
    public const int TextInput = 4;

    /// <summary>Wraps one modal input with its label and description; replaces the action row in modals.</summary>
    public const int Label = 18;

    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;

    public const int ShortText = 1;
}
