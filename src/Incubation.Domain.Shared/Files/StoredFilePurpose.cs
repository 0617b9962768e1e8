namespace Incubation.Files;

/// <summary>What a stored file is for; photos and drawn signatures must be images.</summary>
public enum StoredFilePurpose
{
    Other,
    VisitPhoto,
    VisitAttachment,
    Signature,
}
