using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PhoneRules.Generator.CSharp;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Generator.Tests;

/// <summary>
/// The one C# writer, checked by the C# parser itself over every UTF-16 code unit: a string literal always
/// parses to exactly its value, doc text never ends its comment line or breaks the XML, and an identifier is
/// written only when it is one.
/// </summary>
public sealed class LiteralsTests
{
    private static readonly char[] s_lineTerminators = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    [Fact]
    public void StringLiteral_OfEveryCodeUnit_ParsesBackToItsValue_OnOneLine()
    {
        for (var i = 0; i <= 0xFFFF; i++)
        {
            var value = "a" + (char)i + "b\"\\";
            var literal = Literals.String(value);

            Assert.True(literal.IndexOfAny(s_lineTerminators) < 0, $"U+{i:X4} ends a line");
            var expression = SyntaxFactory.ParseExpression(literal);
            Assert.False(expression.ContainsDiagnostics, $"U+{i:X4}");
            var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
            Assert.Equal(value, token.ValueText);
        }
    }

    [Fact]
    public void DocText_OfEveryCodeUnit_StaysInsideOneValidXmlComment()
    {
        // 256 code units a comment, so every one of the 65,536 is parsed as doc XML in its own neighbourhood.
        for (var block = 0; block < 256; block++)
        {
            var text = new StringBuilder("Doc ");
            for (var i = block * 256; i < (block + 1) * 256; i++)
            {
                text.Append((char)i).Append(' ');
            }

            AssertSafeDocComment(text.ToString(), $"block U+{block * 256:X4}");
        }
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void DocText_WithAnyLineTerminatorThenCode_NeverBecomesCode(string terminator)
    {
        var text = "Looks harmless." + terminator + "internal static class Injected { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() { } }" + terminator + "/// <summary>";

        var lines = Literals.DocLines(text);

        Assert.Equal(3, lines.Count);
        AssertSafeDocComment(text, "injection");
    }

    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("<see cref=\"X\"/>", "&lt;see cref=\"X\"/&gt;")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("rtl\u202Eevil", "rtl&#x202E;evil")]
    [InlineData("ok 평양", "ok 평양")]
    [InlineData("  padded  ", "padded")]
    public void DocText_IsEscapedVisibly(string text, string line) =>
        Assert.Equal(line, Assert.Single(Literals.DocLines(text)));

    [Theory]
    [InlineData("Pyongyang2425", "Pyongyang2425")]
    [InlineData("_2425", "_2425")]
    [InlineData("class", "@class")]
    public void Identifier_WritesIdentifiersAndEscapesKeywords(string name, string written) =>
        Assert.Equal(written, Literals.Identifier(name));

    [Theory]
    [InlineData("")]
    [InlineData("2425")]
    [InlineData("a-b")]
    [InlineData("a b")]
    [InlineData("a\u2028b")]
    [InlineData("Ünïcode")]
    public void Identifier_RefusesWhatIsNotOne(string name) =>
        Assert.Throws<System.ArgumentException>(() => Literals.Identifier(name));

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    [InlineData("\r")]
    public void EnumDocWithALineTerminator_GeneratesNoCode_ThroughTheGenerator(string terminator)
    {
        // The review's exploit: doc text that ended the /// line and ran a module initializer. In YAML the
        // terminator sits in a double-quoted scalar as an escape, so the file itself stays valid.
        var escape = terminator switch { "\u2028" => "\\L", "\u0085" => "\\N", _ => "\\r" };
        var yaml = Replace(Small, "doc: How sure.", "doc: \"How sure." + escape + "internal static class Injected { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() { } }\"");

        var run = GeneratorHarness.Run(yaml);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591"));
        Assert.Null(run.Output.GetTypeByMetadataName("Demo.Model.Injected"));
        Assert.DoesNotContain(run.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()), c => c.Identifier.ValueText == "Injected");
    }

    private static void AssertSafeDocComment(string text, string what)
    {
        var source = new StringBuilder("/// <summary>\n");
        foreach (var line in Literals.DocLines(text))
        {
            Assert.True(line.IndexOfAny(s_lineTerminators) < 0, what + ": a line holds a line terminator");
            source.Append("/// ").Append(line).Append('\n');
        }

        source.Append("/// </summary>\npublic sealed class Documented { }\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), GeneratorHarness.ParseOptions);

        Assert.Empty(tree.GetDiagnostics());
        var type = Assert.Single(tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>());
        Assert.Equal("Documented", type.Identifier.ValueText);
        Assert.Empty(type.Members);
        var compilation = GeneratorHarness.CreateCompilation(source.ToString());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Id is "CS1570" or "CS1587" or "CS1584"));
    }
}
