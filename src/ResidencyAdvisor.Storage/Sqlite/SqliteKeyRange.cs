namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// The stored keys that start "prefix:" as a range the key index can seek: ';' is the character right after ':', so
/// <c>key &gt;= 'prefix:' AND key &lt; 'prefix;'</c> holds exactly them, where a LIKE would scan every row.
/// </summary>
internal static class SqliteKeyRange
{
    public static (string From, string To) Under(string prefix) => (prefix + ":", prefix + ";");
}
