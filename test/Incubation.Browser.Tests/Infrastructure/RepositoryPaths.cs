namespace Incubation.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The folder holding Incubation.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string AngularDist => Path.Combine(Root, "angular", "dist", "incubation", "browser");

    /// <summary>Screenshots are kept as artifacts of the run.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Incubation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Incubation.sln not found above " + AppContext.BaseDirectory);
    }
}
