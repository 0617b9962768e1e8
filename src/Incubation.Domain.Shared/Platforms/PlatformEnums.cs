namespace Incubation.Platforms;

/// <summary>The kinds of 科技创新平台 the district counts toward its "innovation platforms" target.</summary>
public enum PlatformKind
{
    EngineeringResearchCenter = 0,
    KeyLaboratory = 1,
    EnterpriseTechCenter = 2,
    NewRdInstitution = 3,
    Incubator = 4,
    MakerSpace = 5,
    AcademicianWorkstation = 6,
    PostdoctoralWorkstation = 7,
    Other = 99,
}

/// <summary>The level of the body that recognised a platform.</summary>
public enum PlatformLevel
{
    National = 0,
    Provincial = 1,
    Municipal = 2,
    District = 3,
}

/// <summary>A platform counts while Active; a revoked or closed one keeps its history but no longer counts.</summary>
public enum PlatformStatus
{
    Active = 0,
    Revoked = 1,
    Closed = 2,
}

/// <summary>What an incubator is: a 孵化器, a 众创空间, or an innovation base (孵化基地) with its own targets.</summary>
public enum IncubatorKind
{
    Incubator = 0,
    MakerSpace = 1,
    InnovationBase = 2,
}

/// <summary>A 科技成果转化项目 goes Applied → Funded → Completed, or is Terminated.</summary>
public enum TechTransferStatus
{
    Applied = 0,
    Funded = 1,
    Completed = 2,
    Terminated = 3,
}
