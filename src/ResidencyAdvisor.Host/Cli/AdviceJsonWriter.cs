using System.Text.Encodings.Web;
using System.Text.Json;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.Cli;

/// <summary>Writes a report as the camelCase JSON documented in the README (the public contract of <c>advise</c>).</summary>
internal static class AdviceJsonWriter
{
    public static void Write(AdviceReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var r = report.Recommendation;
        json.WriteStartObject();
        json.WriteString("path", r.Path.Id());
        json.WriteString("backupNeed", r.BackupNeed.Id());
        json.WriteString("scoreBand", r.ScoreBand.Id());
        json.WriteString("headline", report.Headline);
        json.WriteStartArray("backupSpecialties");
        foreach (var b in report.Backups)
        {
            json.WriteStartObject();
            json.WriteString("id", b.Id);
            json.WriteString("name", b.Name);
            json.WriteBoolean("interested", b.Interested);
            json.WriteString("why", b.Why);
            json.WriteString("challenges", b.Challenges);
            json.WriteString("whoShouldConsider", b.WhoShouldConsider);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("otherBackups");
        foreach (var s in report.OtherBackups)
        {
            json.WriteStringValue(s.Id());
        }

        json.WriteEndArray();
        Checklists(json, report);
        json.WriteStartArray("plan");
        foreach (var paragraph in report.Plan)
        {
            json.WriteStringValue(paragraph);
        }

        json.WriteEndArray();
        json.WriteStartArray("contingencies");
        foreach (var c in report.Contingencies)
        {
            json.WriteStringValue(c.Id);
        }

        json.WriteEndArray();
        json.WriteStartArray("reasons");
        foreach (var reason in report.Reasons)
        {
            json.WriteStringValue(reason);
        }

        json.WriteEndArray();
        WhatWouldChange(json, report.WhatWouldChange);
        json.WriteStartObject("guidance");
        foreach (var section in report.Sections)
        {
            json.WriteStartObject(section.Id);
            foreach (var item in section.Items)
            {
                json.WriteString(item.Key, item.Text);
            }

            json.WriteEndObject();
        }

        json.WriteStartObject("contingencies");
        foreach (var c in report.Contingencies)
        {
            json.WriteString(c.Id, c.Text);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>"checklists": {"radiologyOnly": {"title", "items": [{"id", "text", "holds"}]}, "dualApply": {…}}.</summary>
    private static void Checklists(Utf8JsonWriter json, AdviceReport report)
    {
        json.WriteStartObject("checklists");
        string[] names = ["radiologyOnly", "dualApply"];
        for (var i = 0; i < report.Checklists.Count; i++)
        {
            json.WriteStartObject(names[i]);
            json.WriteString("title", report.Checklists[i].Title);
            json.WriteStartArray("items");
            foreach (var line in report.Checklists[i].Lines)
            {
                json.WriteStartObject();
                json.WriteString("id", line.Id);
                json.WriteString("text", line.Text);
                json.WriteBoolean("holds", line.Holds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WhatWouldChange(Utf8JsonWriter json, ChangeAdvice change)
    {
        json.WriteStartObject("whatWouldChange");
        json.WriteStartArray("options");
        foreach (var option in change.Options)
        {
            json.WriteStartObject();
            json.WriteString("goal", option.Option.Goal.Id());
            json.WriteStartArray("changes");
            foreach (var lever in option.Option.Changes)
            {
                json.WriteStringValue(lever.Id());
            }

            json.WriteEndArray();
            json.WriteString("backupNeed", option.Option.BackupNeed.Id());
            json.WriteString("text", option.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteIds(json, "pathHeldBy", change.PathHeldBy);
        WriteIds(json, "needHeldBy", change.NeedHeldBy);
        json.WriteStartArray("held");
        foreach (var held in change.Held)
        {
            json.WriteStringValue(held);
        }

        json.WriteEndArray();
        json.WriteStartArray("steps");
        foreach (var step in change.Steps)
        {
            json.WriteStartObject();
            json.WriteString("id", step.Id);
            json.WriteString("text", step.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IReadOnlyList<string> ruleIds)
    {
        json.WriteStartArray(name);
        foreach (var id in ruleIds)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }
}
