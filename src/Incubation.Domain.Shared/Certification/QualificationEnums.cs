namespace Incubation.Certification;

/// <summary>The qualifications of the two ladders (science: TechSme → HighTech; MIIT: InnovativeSme → SrdiSme → LittleGiant).</summary>
public enum QualificationKind
{
    TechSme = 0,
    HighTech = 1,
    InnovativeSme = 2,
    SrdiSme = 3,
    LittleGiant = 4,
}

public enum ScienceRung
{
    None = 0,
    TechSme = 1,
    HighTech = 2,
}

public enum MiitRung
{
    None = 0,
    InnovativeSme = 1,
    SrdiSme = 2,
    LittleGiant = 3,
}

/// <summary>The level of the body that grants a title (高企: the province for the national committee; 小巨人: MIIT).</summary>
public enum CertificateLevel
{
    National = 0,
    Provincial = 1,
    City = 2,
}
