using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>A backup specialty as recommended: why it works, its challenges and who should consider it.</summary>
public sealed record BackupAdvice(SpecialtyId Specialty, string Id, string Name, bool Interested, string Why, string Challenges, string WhoShouldConsider);
