namespace Incubation.Lookups;

/// <summary>A 街道 or 镇 of the district, keyed by its 9-digit statistical code.</summary>
public class SubDistrict(string code, string name, string kind)
{
    public string Code { get; private set; } = code;
    public string Name { get; private set; } = name;
    public string Kind { get; private set; } = kind;

    public void Update(string name, string kind)
    {
        Name = name;
        Kind = kind;
    }
}
