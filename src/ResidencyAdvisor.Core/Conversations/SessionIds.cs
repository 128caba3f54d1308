using System.Security.Cryptography;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>Short random ids for conversations; eight base-32 characters are plenty to tell them apart.</summary>
public static class SessionIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 8);
}
