using Incubation.Entities;
using Incubation.Incubators;
using Incubation.Lookups;

namespace Incubation.Enterprises;

/// <summary>An enterprise of the registry (企业库), keyed by its unified social credit code.</summary>
public class Enterprise : FullAuditedAggregateRoot
{
    private readonly List<EnterpriseContact> _contacts = [];

    private Enterprise()
    {
    }

    public Enterprise(
        Guid id,
        string name,
        CreditCode creditCode,
        string subDistrictCode,
        string industryFieldCode,
        bool isDemo = false)
        : base(id)
    {
        Rename(name);
        ChangeCreditCode(creditCode);
        MoveTo(subDistrictCode);
        ChangeIndustryField(industryFieldCode);
        IsDemo = isDemo;
    }

    public string Name { get; private set; } = string.Empty;
    public string UnifiedSocialCreditCode { get; private set; } = string.Empty;

    /// <summary>Why a code failing the check digit was accepted (domain-rules §7.5); null for a valid code.</summary>
    public string? CreditCodeOverrideReason { get; private set; }

    public string? LegalRepresentative { get; set; }
    public DateOnly? EstablishedOn { get; set; }

    /// <summary>Registered capital in 万元.</summary>
    public decimal? RegisteredCapital { get; set; }

    public string SubDistrictCode { get; private set; } = string.Empty;
    public string? Address { get; set; }
    public string IndustryFieldCode { get; private set; } = string.Empty;
    public Guid? IncubatorId { get; set; }
    public Guid? ResponsibleOfficerId { get; set; }
    public List<string> Tags { get; private set; } = [];

    /// <summary>规模以上: registered with the statistics bureau as an above-designated-size enterprise.</summary>
    public bool IsAboveScale { get; set; }

    /// <summary>In 科学研究和技术服务业 (GB/T 4754 门类 M): with <see cref="IsAboveScale"/>, counted as a 规上 sci-tech service enterprise.</summary>
    public bool IsSciTechService { get; set; }

    public bool IsDemo { get; private set; }

    /// <summary>PendingVerification for one a self-registration created, until the bureau approves it.</summary>
    public EnterpriseStatus Status { get; private set; } = EnterpriseStatus.Active;
    public IReadOnlyList<EnterpriseContact> Contacts => _contacts;

    // Read-only navigations to reference data, for projections (names in lists); never set through them.
    public SubDistrict? SubDistrict { get; private set; }
    public TechField? IndustryField { get; private set; }
    public Incubator? Incubator { get; private set; }

    /// <summary>An enterprise entered by its own applicant: outside every list until the bureau verifies it.</summary>
    public static Enterprise Register(Guid id, string name, CreditCode creditCode, string subDistrictCode, string industryFieldCode) =>
        new(id, name, creditCode, subDistrictCode, industryFieldCode) { Status = EnterpriseStatus.PendingVerification };

    public void MarkVerified() => Status = EnterpriseStatus.Active;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void ChangeCreditCode(CreditCode creditCode)
    {
        UnifiedSocialCreditCode = creditCode.Value;
        CreditCodeOverrideReason = creditCode.OverrideReason;
    }

    public void MoveTo(string subDistrictCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subDistrictCode);
        SubDistrictCode = subDistrictCode;
    }

    public void ChangeIndustryField(string industryFieldCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(industryFieldCode);
        IndustryFieldCode = industryFieldCode;
    }

    public void SetTags(IEnumerable<string> tags) =>
        Tags = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Replaces the contact list, keeping the rows whose id is given so their history stays one row.</summary>
    public void SetContacts(IEnumerable<EnterpriseContactData> contacts)
    {
        var wanted = contacts.ToList();
        _contacts.RemoveAll(c => wanted.All(w => w.Id != c.Id));
        foreach (var data in wanted)
        {
            var existing = data.Id is { } id ? _contacts.Find(c => c.Id == id) : null;
            if (existing is null)
            {
                _contacts.Add(new EnterpriseContact(Id, data));
            }
            else
            {
                existing.Update(data);
            }
        }
    }
}
