using System;
using System.Linq;
using System.Reflection;
using Snapshooter.Xunit;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The public API of PhoneRules.Schema, the runtime library every generated catalog uses, as a snapshot: a
/// change to it shows in review as a diff of __snapshots__/PublicApiTests.*.snap.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PhoneRulesSchema_PublicApi_MatchesSnapshot()
    {
        var assembly = typeof(CatalogReader).Assembly;
        var lines = assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(type => new[] { Kind(type) + " " + type.FullName }
                .Concat(type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                    .Select(m => "  " + Describe(m))
                    .Order(StringComparer.Ordinal)));

        Snapshot.Match(string.Join("\n", lines) + "\n");
    }

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null || member.Name is "<Clone>$" or "EqualityContract";

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
        FieldInfo f => $"{(f.IsStatic ? "static " : string.Empty)}{(f.IsLiteral ? "const " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        Type t => "nested " + t.Name,
        _ => member.MemberType + " " + member.Name,
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => Name(p.ParameterType) + " " + p.Name));

    private static string Name(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">"
        : type.Name;
}
