using Incubation.Entities;

namespace Incubation.Enterprises;

/// <summary>A contact person of an enterprise.</summary>
public class EnterpriseContact : Entity, IAudited
{
    private EnterpriseContact()
    {
    }

    internal EnterpriseContact(Guid enterpriseId, EnterpriseContactData data)
    {
        EnterpriseId = enterpriseId;
        Update(data);
    }

    public Guid EnterpriseId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? Title { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    internal void Update(EnterpriseContactData data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(data.Name);
        Name = data.Name.Trim();
        Title = data.Title?.Trim();
        Phone = data.Phone?.Trim();
        Email = data.Email?.Trim();
    }
}

public sealed record EnterpriseContactData(Guid? Id, string Name, string? Title, string? Phone, string? Email);
