using System.IO;

namespace PhoneRules.Cli.Output;

/// <summary>
/// <see cref="TextWriter.Write(string)"/> that returns the writer, so a renderer writes a line as one chain of
/// parts, as it would append them to a <see cref="System.Text.StringBuilder"/>, without holding the whole output.
/// </summary>
internal static class TextWriterChain
{
    /// <summary>Writes <paramref name="text"/>; returns <paramref name="writer"/>.</summary>
    public static TextWriter Put(this TextWriter writer, string? text)
    {
        writer.Write(text);
        return writer;
    }

    /// <summary>Writes <paramref name="c"/>; returns <paramref name="writer"/>.</summary>
    public static TextWriter Put(this TextWriter writer, char c)
    {
        writer.Write(c);
        return writer;
    }
}
