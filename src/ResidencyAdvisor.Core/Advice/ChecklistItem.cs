using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>One line of the article's Path A or Path B checklist; its label is "## {id}" in config/guidance/checklists.md.</summary>
public sealed record ChecklistItem(string Id, Func<StudentProfile, bool> Holds);

/// <summary>A checklist line as it reads for one student.</summary>
public sealed record ChecklistResult(string Id, bool Holds);
