using System.IO;

namespace PhoneRules.Analysis;

/// <summary>Each rule's documentation and example, kept as Markdown beside the rules (<c>Docs/PR001.md</c>) and embedded.</summary>
public static class RuleDocs
{
    /// <summary>The documentation of <paramref name="rule"/>.</summary>
    public static string Get(RuleDescriptor rule)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("PhoneRules.Analysis.Docs." + rule.Id + ".md");
        if (stream is null)
        {
            return $"{rule.Id} {rule.Name}\n\n{rule.Description}\n";
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
