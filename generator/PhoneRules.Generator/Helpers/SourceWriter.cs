using System;
using System.Text;

namespace PhoneRules.Generator.Helpers;

/// <summary>
/// Writes indented C# line by line (four spaces a level), cheaper and more predictable than building a
/// syntax tree and normalising its whitespace. Lines end with \n on every platform.
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

    /// <summary>Writes an XML doc summary, escaping the text (unless it is already XML) and keeping its line breaks.</summary>
    public SourceWriter WriteSummary(string text, bool escape = true)
    {
        WriteLine("/// <summary>");
        foreach (var line in text.Trim().Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine("/// " + (escape ? EscapeXml(line.TrimEnd()) : line.TrimEnd()));
        }

        return WriteLine("/// </summary>");
    }

    public override string ToString() => _builder.ToString();

    public static string EscapeXml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
