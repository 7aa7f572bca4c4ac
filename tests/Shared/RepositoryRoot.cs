using System;
using System.IO;

namespace PhoneRules.Testing;

/// <summary>The repository's root folder (the one holding PhoneRules.sln), for tests that read its docs and sources.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> s_path = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PhoneRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (PhoneRules.sln) is not above the test folder.");
    });

    public static string Folder => s_path.Value;
}
