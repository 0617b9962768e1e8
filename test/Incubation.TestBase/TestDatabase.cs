using Incubation.EntityFrameworkCore;
using Npgsql;

namespace Incubation;

/// <summary>
/// A fresh, empty database for one test fixture: a SQLite file by default, or a PostgreSQL database when
/// <c>INCUBATION_TEST_DB=PostgreSql</c> (server from <c>INCUBATION_TEST_PG_CONNECTION</c>). The same tests run on both.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "INCUBATION_TEST_DB";
    public const string PostgresConnectionVariable = "INCUBATION_TEST_PG_CONNECTION";

    private readonly string? _sqliteFile;
    private readonly string? _postgresDatabase;

    public TestDatabase()
    {
        Provider = Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var p)
            ? p
            : DatabaseProvider.Sqlite;
        var name = "incubation_test_" + Guid.NewGuid().ToString("N")[..12];
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var server = Environment.GetEnvironmentVariable(PostgresConnectionVariable)
                         ?? "Host=127.0.0.1;Port=55432;Username=postgres";
            _postgresDatabase = name;
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "incubation-tests");
            Directory.CreateDirectory(folder);
            _sqliteFile = Path.Combine(folder, name + ".db");
            ConnectionString = $"Data Source={_sqliteFile}";
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
