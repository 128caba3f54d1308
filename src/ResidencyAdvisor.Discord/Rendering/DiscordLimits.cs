using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>
/// Discord's message, embed, component and modal limits: the one place that knows them. The renderer fits text to
/// them and <see cref="Violations(MessagePayload)"/> proves, in tests and before sending, that nothing breaks them.
/// </summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int EmbedTotal = 6000;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = Interactions.CustomId.MaxLength;
    public const int ButtonLabel = 80;
    public const int SelectOptions = 25;
    public const int SelectOptionText = 100;
    public const int Placeholder = 150;
    public const int ModalTitle = 45;
    public const int ModalInputs = 5;
    public const int InputLabel = 45;
    public const int LabelDescription = 100;
    public const int InputPlaceholder = 100;
    public const int ChoiceName = 100;

    /// <summary>A command's or a command option's description.</summary>
    public const int CommandDescription = 100;

    /// <summary>What a bot may upload where no boost raises the limit: 10 MiB per file.</summary>
    public const int AttachmentBytes = 10 * 1024 * 1024;

    /// <summary>Title, description, field names and values, and footer count toward the 6000 total.</summary>
    public static int Size(EmbedPayload embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);

    public static IReadOnlyList<string> Violations(MessagePayload message)
    {
        var problems = new List<string>();
        Check(problems, (message.Content?.Length ?? 0) <= Content, "content longer than 2000");
        var embeds = message.Embeds ?? [];
        Check(problems, embeds.Count <= Embeds, "more than 10 embeds");
        Check(problems, embeds.Sum(Size) <= EmbedTotal, "embeds longer than 6000 in total");
        foreach (var embed in embeds)
        {
            Check(problems, (embed.Title?.Length ?? 0) <= EmbedTitle, "embed title longer than 256");
            Check(problems, (embed.Description?.Length ?? 0) <= EmbedDescription, "embed description longer than 4096");
            Check(problems, (embed.Footer?.Text.Length ?? 0) <= FooterText, "embed footer longer than 2048");
            var fields = embed.Fields ?? [];
            Check(problems, fields.Count <= EmbedFields, "more than 25 fields");
            Check(problems, fields.All(f => f.Name.Length is > 0 and <= FieldName), "field name empty or longer than 256");
            Check(problems, fields.All(f => f.Value.Length is > 0 and <= FieldValue), "field value empty or longer than 1024");
        }

        CheckRows(problems, message.Components ?? []);
        return problems;
    }

    public static IReadOnlyList<string> Violations(ModalPayload modal)
    {
        var problems = new List<string>();
        Check(problems, modal.Title.Length is > 0 and <= ModalTitle, "modal title empty or longer than 45");
        Check(problems, modal.CustomId.Length is > 0 and <= CustomId, "modal custom_id not 1-100 characters");
        Check(problems, modal.Components.Count is > 0 and <= ModalInputs, "modal without inputs or with more than 5");
        Check(problems, modal.Components.All(l => l.Type == ComponentTypes.Label && l.Component is not null), "a modal holds labels, each wrapping one input");
        foreach (var label in modal.Components)
        {
            Check(problems, label.Label?.Length is > 0 and <= InputLabel, "label text empty or longer than 45");
            Check(problems, (label.Description?.Length ?? 0) <= LabelDescription, "label description longer than 100");
        }

        foreach (var input in modal.Components.Select(l => l.Component).OfType<ComponentPayload>())
        {
            Check(problems, input.Type == ComponentTypes.TextInput, "modal component is not a text input");
            Check(problems, input.Label is null, "a text input inside a label carries no label of its own");
            Check(problems, (input.Placeholder?.Length ?? 0) <= InputPlaceholder, "text input placeholder longer than 100");
            Check(problems, input.CustomId?.Length is > 0 and <= CustomId, "text input custom_id not 1-100 characters");
        }

        return problems;
    }

    private static void CheckRows(List<string> problems, List<ComponentPayload> rows)
    {
        Check(problems, rows.Count <= ActionRows, "more than 5 action rows");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var items = row.Components ?? [];
            Check(problems, row.Type == ComponentTypes.ActionRow && items.Count > 0, "top-level component is not a non-empty action row");
            var selects = items.Count(c => c.Type == ComponentTypes.StringSelect);
            Check(problems, selects == 0 ? items.Count <= ButtonsPerRow : items.Count == 1, "a row holds at most 5 buttons or one select");
            foreach (var item in items)
            {
                Check(problems, item.CustomId is { Length: > 0 and <= CustomId }, "custom_id not 1-100 characters");
                Check(problems, item.CustomId is null || ids.Add(item.CustomId), $"custom_id {item.CustomId} used twice");
                if (item.Type == ComponentTypes.Button)
                {
                    Check(problems, item.Label is { Length: > 0 and <= ButtonLabel }, "button label empty or longer than 80");
                }
                else if (item.Type == ComponentTypes.StringSelect)
                {
                    CheckSelect(problems, item);
                }
            }
        }
    }

    private static void CheckSelect(List<string> problems, ComponentPayload select)
    {
        var options = select.Options ?? [];
        Check(problems, options.Count is >= 1 and <= SelectOptions, "select needs 1-25 options");
        Check(problems, (select.Placeholder?.Length ?? 0) <= Placeholder, "select placeholder longer than 150");
        Check(problems, options.All(o => o.Label.Length is > 0 and <= SelectOptionText && o.Value.Length is > 0 and <= SelectOptionText
                                         && (o.Description?.Length ?? 0) <= SelectOptionText), "select option label, value or description longer than 100");
        Check(problems, options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() == options.Count, "select option values repeat");
        Check(problems, (select.MinValues ?? 1) >= 0 && (select.MaxValues ?? 1) <= options.Count && (select.MinValues ?? 1) <= (select.MaxValues ?? 1),
            "select min/max values do not fit its options");
    }

    private static void Check(List<string> problems, bool ok, string problem)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }
}
