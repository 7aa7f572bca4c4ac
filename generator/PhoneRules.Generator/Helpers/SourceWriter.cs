using System;
using System.Text;
using PhoneRules.Generator.CSharp;

namespace PhoneRules.Generator.Helpers;

/// <summary>
/// Writes indented C# line by line (four spaces a level), cheaper and more predictable than building a
/// syntax tree and normalising its whitespace. Lines end with \n on every platform. Doc text goes through
/// <see cref="Literals.DocLines"/>; every other line is C# the writers composed from <see cref="Literals"/>.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(line);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string closer = "}")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("No block is open.");
        }

        _indent--;
        return WriteLine(closer);
    }

    /// <summary>Writes an XML doc summary of plain text (catalog text included): escaped, one <c>///</c> line per line of it.</summary>
    public SourceWriter WriteSummary(string text)
    {
        WriteLine("/// <summary>");
        foreach (var line in Literals.DocLines(text))
        {
            WriteLine(line.Length > 0 ? "/// " + line : "///");
        }

        return WriteLine("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
