namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The four backup specialties the advisor weighs, in tie-break order.</summary>
public enum SpecialtyId
{
    InternalMedicine,
    FamilyMedicine,
    Psychiatry,
    Neurology,
}
