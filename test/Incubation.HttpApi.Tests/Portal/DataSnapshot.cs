using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Portal;

/// <summary>
/// Everything stored about one enterprise, read straight from the model so it grows with it: the enterprise row, every
/// row of an entity with an <c>EnterpriseId</c>, the rows depending on those (contacts, need events, revisions, role
/// links…) and the notifications of its users. Two equal snapshots mean nothing of the enterprise was written.
/// </summary>
public static class DataSnapshot
{
    /// <summary>
    /// Self-registration claims are made on the enterprise by anyone who knows its code; they are the bureau's queue,
    /// not the enterprise's data (the isolation suite files one on purpose).
    /// </summary>
    private static readonly HashSet<Type> NotOwned = [typeof(RegistrationRequest)];

    private static readonly MethodInfo RowsMethod = typeof(DataSnapshot).GetMethod(nameof(RowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Task<string> TakeAsync(IncubationWebApplicationFactory factory, Guid enterpriseId) =>
        factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<IncubationDbContext>();
            var types = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.HasSharedClrType && !NotOwned.Contains(t.ClrType)).ToList();
            var rows = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            var owned = new Dictionary<IEntityType, List<object>>();

            foreach (var type in types)
            {
                var property = type.FindProperty("EnterpriseId") ?? (type.ClrType == typeof(Enterprises.Enterprise) ? type.FindPrimaryKey()!.Properties[0] : null);
                if (property is not null)
                {
                    owned[type] = await QueryAsync(db, type, property, [enterpriseId]);
                }
            }

            var dependents = new Dictionary<IEntityType, List<object>>();
            foreach (var type in types.Where(t => !owned.ContainsKey(t)))
            {
                foreach (var foreignKey in type.GetForeignKeys().Where(k => k.Properties.Count == 1 && owned.ContainsKey(k.PrincipalEntityType)))
                {
                    var keys = owned[foreignKey.PrincipalEntityType].Select(r => db.Entry(r).Property(foreignKey.PrincipalKey.Properties[0].Name).CurrentValue!).ToList();
                    var found = await QueryAsync(db, type, foreignKey.Properties[0], keys);
                    dependents[type] = [.. dependents.GetValueOrDefault(type, []).Concat(found).Distinct()];
                }
            }

            var userIds = owned.Where(o => o.Key.ClrType == typeof(Identity.AppUser)).SelectMany(o => o.Value).Select(u => (object)((Identity.AppUser)u).Id).ToList();
            var notificationType = db.Model.FindEntityType(typeof(Visits.Notification))!;
            dependents[notificationType] = await QueryAsync(db, notificationType, notificationType.FindProperty(nameof(Visits.Notification.RecipientUserId))!, userIds);

            foreach (var (type, list) in owned.Concat(dependents))
            {
                rows[type.ShortName()] = list.Select(r => Describe(db, r)).Order(StringComparer.Ordinal).ToList();
            }

            var text = new StringBuilder();
            foreach (var (name, list) in rows)
            {
                text.Append(name).Append(": ").Append(list.Count).AppendLine();
                foreach (var row in list)
                {
                    text.Append("  ").AppendLine(row);
                }
            }

            return text.ToString();
        });

    /// <summary>The first line where two snapshots differ, for a readable failure.</summary>
    public static string FirstDifference(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<none>";
            var right = i < b.Length ? b[i] : "<none>";
            if (left != right)
            {
                return $"before: {left}\n after: {right}";
            }
        }

        return "no difference";
    }

    private static async Task<List<object>> QueryAsync(IncubationDbContext db, IEntityType type, IProperty property, IReadOnlyCollection<object> values)
    {
        var parameter = Expression.Parameter(type.ClrType, "e");
        var accessor = Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], parameter, Expression.Constant(property.Name));
        var list = Activator.CreateInstance(typeof(List<>).MakeGenericType(property.ClrType))!;
        var add = list.GetType().GetMethod("Add")!;
        foreach (var value in values)
        {
            add.Invoke(list, [value]);
        }

        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [property.ClrType], Expression.Constant(list), accessor);
        var predicate = Expression.Lambda(typeof(Func<,>).MakeGenericType(type.ClrType, typeof(bool)), contains, parameter);
        return await (Task<List<object>>)RowsMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, predicate])!;
    }

    private static async Task<List<object>> RowsAsync<T>(IncubationDbContext db, Expression<Func<T, bool>> predicate)
        where T : class =>
        [.. await db.Set<T>().IgnoreQueryFilters().Where(predicate).ToListAsync()];

    private static string Describe(IncubationDbContext db, object row) =>
        string.Join("; ", db.Entry(row).Properties
            .Where(p => p.Metadata.Name is not ("AccessFailedCount" or "LockoutEnd"))
            .OrderBy(p => p.Metadata.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Metadata.Name}={JsonSerializer.Serialize(p.CurrentValue)}"));
}
