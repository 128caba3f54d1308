using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Storage;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Testing;
using StackExchange.Redis;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>A durable store the Slack adapter runs on in a test, and a way to look for a student's traces in what it holds.</summary>
public abstract class TestStore : IDisposable
{
    /// <summary>The "Storage:*" settings that select and place this store.</summary>
    public abstract IDictionary<string, string?> Settings { get; }

    /// <summary>Registers the store over the harness's in-memory ones.</summary>
    public abstract void AddTo(IServiceCollection services, IConfiguration configuration);

    /// <summary>The store's own conversation store, for a test to wrap.</summary>
    public abstract IConversationStore Conversations(IServiceProvider services);

    /// <summary>Where any of <paramref name="needles"/> is still held (files' bytes, or Redis keys and values); empty when nowhere.</summary>
    public abstract Task<IReadOnlyList<string>> FindAsync(IServiceProvider services, params string[] needles);

    /// <summary>What the store holds, in a form to compare before and after.</summary>
    public abstract Task<string> SnapshotAsync(IServiceProvider services);

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

public sealed class SqliteTestStore : TestStore
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slack-store-").FullName;

    private string DatabasePath => Path.Combine(_folder, "advisor.db");

    public override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:SqlitePath"] = DatabasePath };

    public override void AddTo(IServiceCollection services, IConfiguration configuration) => services.AddSqliteStorage(configuration);

    public override IConversationStore Conversations(IServiceProvider services) => services.GetRequiredService<SqliteConversationStore>();

    public override Task<IReadOnlyList<string>> FindAsync(IServiceProvider services, params string[] needles)
    {
        var found = new List<string>();
        foreach (var (file, bytes) in Files())
        {
            found.AddRange(needles.Where(n => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(n)) >= 0).Select(n => $"{n} in {file}"));
        }

        return Task.FromResult<IReadOnlyList<string>>(found);
    }

    /// <summary>
    /// The files' sizes and bytes, once what is committed has been copied from the WAL into the database file: the bot
    /// does that on a one-second timer, so without it a snapshot taken before the timer and one taken after would
    /// differ with nothing written in between.
    /// </summary>
    public override Task<string> SnapshotAsync(IServiceProvider services)
    {
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=false"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            checkpoint.ExecuteNonQuery();
        }

        return Task.FromResult(string.Join("; ", Files().Select(f => $"{f.Name}: {f.Bytes.Length} bytes, {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes))}")));
    }

    private IEnumerable<(string Name, byte[] Bytes)> Files()
    {
        foreach (var file in Directory.GetFiles(_folder).Order(StringComparer.Ordinal))
        {
            // The database is open: read beside it, as anyone with the disk could.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (Path.GetFileName(file), copy.ToArray());
        }
    }

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp folder's own cleanup.
        }

        base.Dispose();
    }
}

public sealed class RedisTestStore : TestStore
{
    private readonly string _prefix = "slack-test-" + Guid.NewGuid().ToString("N")[..12] + ":";

    public override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "redis",
        ["Storage:Redis"] = SharedRedisServer.Instance?.Configuration ?? throw new InvalidOperationException(SharedRedisServer.SkipReason),
        ["Storage:RedisKeyPrefix"] = _prefix,
    };

    public override void AddTo(IServiceCollection services, IConfiguration configuration) => services.AddRedisStorage(configuration);

    public override IConversationStore Conversations(IServiceProvider services) => services.GetRequiredService<RedisConversationStore>();

    public override async Task<string> SnapshotAsync(IServiceProvider services)
    {
        var keys = new List<string>();
        await foreach (var key in services.GetRequiredService<IConnectionMultiplexer>().GetServers()[0].KeysAsync(pattern: _prefix + "*"))
        {
            keys.Add(key.ToString());
        }

        return string.Join("; ", keys.Order(StringComparer.Ordinal));
    }

    public override async Task<IReadOnlyList<string>> FindAsync(IServiceProvider services, params string[] needles)
    {
        var connection = services.GetRequiredService<IConnectionMultiplexer>();
        var database = connection.GetDatabase();
        var found = new List<string>();
        await foreach (var key in connection.GetServers()[0].KeysAsync(pattern: _prefix + "*"))
        {
            var text = new StringBuilder(key.ToString());
            var type = await database.KeyTypeAsync(key);
            if (type == RedisType.String)
            {
                text.Append(' ').Append((string?)await database.StringGetAsync(key));
            }
            else if (type == RedisType.Hash)
            {
                text.AppendJoin(' ', (await database.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}"));
            }
            else if (type == RedisType.List)
            {
                text.AppendJoin(' ', (await database.ListRangeAsync(key)).Select(v => (string?)v));
            }

            found.AddRange(needles.Where(n => text.ToString().Contains(n, StringComparison.Ordinal)).Select(n => $"{n} in {key}"));
        }

        return found;
    }
}
