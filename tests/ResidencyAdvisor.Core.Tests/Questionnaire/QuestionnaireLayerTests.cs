using System.Reflection;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Questionnaire;

/// <summary>Conversations build on the questionnaire, never the other way round: no namespace cycle.</summary>
public class QuestionnaireLayerTests
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_questionnaire_type_names_a_conversations_type_in_its_signatures()
    {
        var questionnaire = typeof(QuestionTable).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(QuestionTable).Namespace)
            .ToList();
        Assert.Contains(typeof(QuestionnaireMachine), questionnaire);

        var offending = questionnaire
            .SelectMany(t => Referenced(t).Select(r => (From: t, To: r)))
            .Where(p => p.To.Namespace?.StartsWith("ResidencyAdvisor.Core.Conversations", StringComparison.Ordinal) == true)
            .Select(p => $"{p.From.FullName} -> {p.To.FullName}")
            .Distinct()
            .ToList();

        Assert.Empty(offending);
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        IEnumerable<Type> direct =
        [
            .. type.GetInterfaces(),
            .. type.BaseType is { } b ? [b] : Array.Empty<Type>(),
            .. type.GetFields(Everything).Select(f => f.FieldType),
            .. type.GetProperties(Everything).Select(p => p.PropertyType),
            .. type.GetMethods(Everything).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)),
            .. type.GetConstructors(Everything).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)),
        ];
        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type)
        : [type];
}
