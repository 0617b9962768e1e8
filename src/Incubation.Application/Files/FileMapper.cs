using Riok.Mapperly.Abstractions;

namespace Incubation.Files;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class FileMapper
{
    [MapProperty(nameof(StoredFile.OriginalName), nameof(StoredFileDto.Name))]
    public static partial StoredFileDto ToDto(this StoredFile file);
}
