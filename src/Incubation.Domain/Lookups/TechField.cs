namespace Incubation.Lookups;

/// <summary>A field of 国家重点支持的高新技术领域 (three levels; enterprises use a third-level code).</summary>
public class TechField(string code, int level, string? parentCode, string name)
{
    public const int LeafLevel = 3;

    public string Code { get; private set; } = code;
    public int Level { get; private set; } = level;
    public string? ParentCode { get; private set; } = parentCode;
    public string Name { get; private set; } = name;

    public void Update(int level, string? parentCode, string name)
    {
        Level = level;
        ParentCode = parentCode;
        Name = name;
    }
}
