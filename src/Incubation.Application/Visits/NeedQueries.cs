using System.Linq.Expressions;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Lookups;

namespace Incubation.Visits;

/// <summary>The needs query shared by the ledger, the board, the export and the KPIs.</summary>
internal sealed class NeedQueries(IRepository<Need> needs, IRepository<ResponsibleUnit> units, IRepository<EnterpriseLabel> enterprises)
{
    /// <summary>
    /// Needs in the caller's scope (the query filter on needs), labelled with their enterprise and unit. The enterprise
    /// is joined outside the scope only for its name: a unit officer sees their unit's needs, not the enterprise file.
    /// </summary>
    public IQueryable<NeedRow> Rows() =>
        from n in needs.Query()
        join e in enterprises.Query() on n.EnterpriseId equals e.Id
        join u in units.Query() on n.ResponsibleUnitId equals u.Id
        select new NeedRow { Need = n, EnterpriseName = e.Name, SubDistrictCode = e.SubDistrictCode, UnitName = u.Name };

    public static IQueryable<NeedRow> Filter(IQueryable<NeedRow> query, GetNeedListInput input, DateOnly today)
    {
        if (input.From is { } from)
        {
            query = query.Where(r => r.Need.RaisedOn >= from);
        }

        if (input.To is { } to)
        {
            query = query.Where(r => r.Need.RaisedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            query = query.Where(r => r.SubDistrictCode == input.SubDistrictCode);
        }

        if (input.OfficerId is { } officerId)
        {
            query = query.Where(r => r.Need.CreatorId == officerId);
        }

        if (input.ResponsibleUnitId is { } unitId)
        {
            query = query.Where(r => r.Need.ResponsibleUnitId == unitId);
        }

        if (input.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(r => r.Need.EnterpriseId == enterpriseId);
        }

        if (input.Category is { } category)
        {
            query = query.Where(r => r.Need.Category == category);
        }

        if (input.Status is { } status)
        {
            query = query.Where(r => r.Need.Status == status);
        }

        if (input.OverdueOnly == true)
        {
            query = query.Where(IsOverdue(today));
        }

        if (input.ReturnedOnly == true)
        {
            query = query.Where(r => r.Need.RedoCount > 0);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(r => r.EnterpriseName.Contains(filter) || r.Need.Description.Contains(filter));
        }

        return query;
    }

    public static Expression<Func<NeedRow, bool>> IsOverdue(DateOnly today)
    {
        var pending = NeedConsts.Pending.ToList();
        return r => r.Need.DueDate < today && pending.Contains(r.Need.Status);
    }

    public static IQueryable<NeedListItemDto> Project(IQueryable<NeedRow> query, DateOnly today)
    {
        var pending = NeedConsts.Pending.ToList();
        return query.Select(r => new NeedListItemDto(
            r.Need.Id, r.Need.EnterpriseId, r.EnterpriseName, r.Need.VisitId, r.Need.Category, r.Need.Description,
            r.Need.IsBottleneck, r.Need.ResponsibleUnitId, r.UnitName, r.Need.Status, r.Need.RaisedOn, r.Need.DueDate,
            r.Need.DueDate < today && pending.Contains(r.Need.Status),
            r.Need.RedoCount, r.Need.Satisfaction, r.Need.ConcurrencyStamp));
    }
}
