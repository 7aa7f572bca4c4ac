using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PhoneRules.Model;
using PhoneRules.Schema;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// Builds small catalogs for rule tests: the shipped schema and settings, a few base entities (a source,
/// a domestic and a foreign maker, a series, the sanctions event), and what the test adds. They go through
/// the same reader and validation as the real catalog.
/// </summary>
internal sealed class TestCatalog
{
    private static readonly Lazy<string> s_schemaAndSettings = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog.yaml"));
        return text[..text.IndexOf("\ndata:", StringComparison.Ordinal)];
    });

    private readonly Dictionary<string, List<string>> _sections = new(StringComparer.Ordinal)
    {
        ["Source"] = ["s1:\n  publisher: P\n  title: T\n  confidence: high"],
        ["Maker"] = ["home:\n  name: Home Maker\n  country: KP\n  sources: [s1]", "abroad:\n  name: Abroad Maker\n  country: CN\n  sources: [s1]"],
        ["Series"] = ["line:\n  name: Line\n  sources: [s1]"],
        ["ContextEvent"] = ["unscr-2397:\n  name: UNSCR 2397\n  kind: sanctions\n  date: 2017-12-22\n  description: d\n  sources: [s1]"],
    };

    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);

    public TestCatalog Model(string key, string? released = null, string? unveiled = null, string? manufactured = null, bool domestic = true, string series = "line")
    {
        var fields = new StringBuilder();
        fields.Append($"name: Model {key}\nseries: {series}\nsold-as-domestic: {(domestic ? "true" : "false")}\nconfidence: medium\nsources: [s1]");
        if (released is not null)
        {
            fields.Append($"\nreleased: {released}\nreleased-by: [s1]");
        }

        if (unveiled is not null)
        {
            fields.Append($"\nunveiled: {unveiled}\nunveiled-by: [s1]");
        }

        if (manufactured is not null)
        {
            fields.Append($"\nmanufactured: {manufactured}\nmanufactured-by: [s1]");
        }

        return Add("PhoneModel", key, fields.ToString());
    }

    public TestCatalog Lookup(string key, string model, string? imei, string maker = "abroad", bool illustrative = true, string? reportedModel = null, string confidence = "high") =>
        Add("ImeiLookup", key, $"model: {model}\n{(imei is null ? string.Empty : $"imei: \"{imei}\"\n")}illustrative: {(illustrative ? "true" : "false")}\nreported-maker: {maker}\n{(reportedModel is null ? string.Empty : $"reported-model: \"{reportedModel}\"\n")}confidence: {confidence}\nsources: [s1]");

    public TestCatalog Add(string type, string key, string fields)
    {
        if (!_sections.TryGetValue(type, out var list))
        {
            list = [];
            _sections.Add(type, list);
        }

        list.Add(key + ":\n" + Indent(fields, 2));
        return this;
    }

    public TestCatalog Setting(string name, string value)
    {
        _settings[name] = value;
        return this;
    }

    public string Yaml()
    {
        var text = s_schemaAndSettings.Value;
        foreach (var (name, value) in _settings)
        {
            var replaced = Regex.Replace(text, $"(?m)^  {Regex.Escape(name)}: .*$", $"  {name}: {value}");
            if (replaced == text)
            {
                throw new ArgumentException($"No setting '{name}'.");
            }

            text = replaced;
        }

        var builder = new StringBuilder(text).Append("\ndata:\n");
        foreach (var (type, entities) in _sections)
        {
            builder.Append("  ").Append(type).Append(":\n");
            foreach (var entity in entities)
            {
                builder.Append(Indent(entity, 4)).Append('\n');
            }
        }

        return builder.ToString();
    }

    public CatalogData Build()
    {
        var yaml = Yaml();
        var result = CatalogReader.ReadText(yaml, "test.yaml");
        if (result.HasErrors || result.Document is null)
        {
            throw new InvalidOperationException("Test catalog is invalid:\n" + string.Join("\n", result.Diagnostics) + "\n" + yaml);
        }

        return CatalogData.FromDocument(result.Document);
    }

    /// <summary>
    /// <paramref name="catalog"/> with other settings, built around the validator (which refuses settings
    /// outside their schema range), to prove the rules hold even for records made in code.
    /// </summary>
    public static CatalogData WithSettings(CatalogData catalog, CatalogSettings settings) => With(catalog, "settings", settings);

    /// <summary><paramref name="catalog"/> with the constructor argument <paramref name="parameter"/> (<c>appearanceMatches</c>) replaced, around the validator.</summary>
    public static CatalogData With(CatalogData catalog, string parameter, object value)
    {
        var constructor = typeof(CatalogData).GetConstructors().Single();
        Assert.Contains(constructor.GetParameters(), p => p.Name == parameter);
        var arguments = constructor.GetParameters()
            .Select(p => p.Name == parameter ? value : typeof(CatalogData).GetProperty(char.ToUpperInvariant(p.Name![0]) + p.Name[1..])!.GetValue(catalog))
            .ToArray();
        return (CatalogData)constructor.Invoke(arguments);
    }

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));
}
