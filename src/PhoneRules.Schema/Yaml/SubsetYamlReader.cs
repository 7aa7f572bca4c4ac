using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace PhoneRules.Schema.Yaml;

/// <summary>
/// Reads the plain block style catalogs are written in, without YamlDotNet, into the same tree with the same
/// places, about four times faster (docs/performance.md). It declines
/// (returns null) at the first thing outside that style, and whenever the tree builder would report a problem;
/// <see cref="CatalogYamlReader"/> then reads the whole text with YamlDotNet, which explains every error. So this
/// reader never decides what a file means or what is wrong with it: it only takes the fast road where the two
/// roads are proven to arrive at the same tree (SubsetYamlReaderTests compares them on generated documents).
/// </summary>
/// <remarks>
/// The style, line by line: blank lines; comment lines; <c>key: value</c> and <c>key:</c> lines of block mappings
/// indented with spaces, a nested mapping deeper than its key, the root at column 1. A key is ASCII letters,
/// digits, <c>_</c>, <c>-</c> and <c>.</c>, starting with a letter, digit or <c>_</c>. A value is a plain scalar
/// on one line (not starting with an indicator, without <c>: </c> or a trailing <c>:</c>), a single- or
/// double-quoted scalar closed on its line (escapes only <c>\"</c>, <c>\\</c>, <c>\/</c>, <c>\n</c>, <c>\t</c>, <c>\r</c>), or a flow list or mapping closed on its line
/// whose items are such scalars or flow collections. A comment may follow a value after a space. Lines end with
/// LF or CR LF. Anything else (tabs, block lists, block scalars, anchors, tags, aliases, documents markers,
/// directives, other escapes, multi-line values, quoted keys) is declined.
/// </remarks>
internal static class SubsetYamlReader
{
    // The longest key taken here; YamlDotNet refuses simple keys of over 1,024 characters itself.
    private const int MaxKeyLength = 1000;

    // Short scalars (field names, enum members, keys and the references to them) are shared through a table, so a
    // field name read a million times is one string, and a reference is mostly its target's key; a slot keeps the last
    // text that hashed to it. The table grows with the text (a slot for about every 32 characters), within bounds.
    private const int MinSharedSlots = 1024;
    private const int MaxSharedSlots = 1 << 18;
    private const int MaxSharedLength = 24;

    // Flow collections nested deeper than this are declined, so recursion here stays shallow whatever the limits.
    private const int MaxFlowDepth = 16;

    /// <summary>The tree of <paramref name="text"/>, or null when the text is outside the subset or has a problem.</summary>
    public static YamlNode? TryRead(string text, string filePath, ReaderLimits limits, CancellationToken cancellationToken, IYamlTreeSink? sink = null)
    {
        var builder = new YamlTreeBuilder(filePath, limits, new List<CatalogDiagnostic>(), sink);
        var scanner = new Scanner(text, builder, cancellationToken);
        return scanner.Read() ? builder.Root : null; // a builder that found a problem has no root
    }

    private sealed class Scanner
    {
        private readonly string _text;
        private readonly YamlTreeBuilder _builder;
        private readonly CancellationToken _cancellationToken;
        private readonly List<int> _indents = new();
        private readonly string?[] _shared;
        private int _pos;
        private int _line = 1; // the line _pos is on, and where that line starts: every place is on the current line
        private int _lineStart;

        public Scanner(string text, YamlTreeBuilder builder, CancellationToken cancellationToken)
        {
            _text = text;
            _builder = builder;
            var slots = MinSharedSlots;
            while (slots < MaxSharedSlots && slots < text.Length / 32)
            {
                slots *= 2;
            }

            _shared = new string?[slots];
            _cancellationToken = cancellationToken;
        }

        private int Top => _indents[_indents.Count - 1];

        public bool Read()
        {
            var text = _text;
            SourceSpan? pending = null; // after "key:" with nothing else on its line: where its empty value would be
            while (true)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var lineStart = _pos;
                var i = _pos;
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                if (i == text.Length)
                {
                    break;
                }

                var indent = i - lineStart;

                var c = text[i];
                if (c == '#' || c == '\n' || c == '\r')
                {
                    // A blank or comment line, at any indentation.
                    _pos = i;
                    if (!SkipToNextLine())
                    {
                        return false;
                    }

                    continue;
                }

                if (pending is { } emptyValue)
                {
                    pending = null;
                    if (indent > Top)
                    {
                        // The key's value is a mapping on the lines below, indented deeper.
                        _builder.StartMapping(Here(i, i));

                        _indents.Add(indent);
                        _pos = i;
                        if (!KeyLine(ref pending))
                        {
                            return false;
                        }

                        continue;
                    }

                    _builder.Scalar(string.Empty, isPlain: true, emptyValue);
                }

                if (_indents.Count == 0)
                {
                    if (indent != 0)
                    {
                        return false;
                    }

                    _builder.StartMapping(Here(i, i));

                    _indents.Add(0);
                }
                else if (indent < Top)
                {
                    // Each mapping deeper than this line ends here (the root's indentation is 0, so one stays open).
                    while (indent < Top)
                    {
                        _builder.End(Here(i, i));

                        _indents.RemoveAt(_indents.Count - 1);
                    }

                    if (indent != Top)
                    {
                        return false;
                    }
                }
                else if (indent > Top)
                {
                    return false;
                }

                _pos = i;
                if (!KeyLine(ref pending))
                {
                    return false;
                }
            }

            if (_indents.Count == 0)
            {
                return false;
            }

            if (pending is { } lastValue)
            {
                _builder.Scalar(string.Empty, isPlain: true, lastValue);
            }

            var end = Here(text.Length, text.Length);
            while (_indents.Count > 0)
            {
                _builder.End(end);

                _indents.RemoveAt(_indents.Count - 1);
            }

            return true;
        }

        // "key: value" or "key:" at _pos, through the end of its line.
        private bool KeyLine(ref SourceSpan? pending)
        {
            var keyStart = _pos;
            if (!Key(out var keyEnd) || keyEnd >= _text.Length || _text[keyEnd] != ':')
            {
                return false;
            }

            var afterColon = keyEnd + 1;
            if (afterColon < _text.Length && !IsBreakOrSpace(_text[afterColon]))
            {
                return false;
            }

            _builder.Scalar(Text(keyStart, keyEnd), isPlain: true, Here(keyStart, keyEnd));

            _pos = afterColon;
            SkipSpaces();
            if (AtLineEnd() || _text[_pos] == '#')
            {
                pending = Here(afterColon, afterColon);
                return SkipToNextLine();
            }

            if (!Value(0, inFlow: false))
            {
                return false;
            }

            var beforeSpaces = _pos;
            SkipSpaces();
            if (AtLineEnd())
            {
                return SkipToNextLine();
            }

            // Only a comment may follow a value, and only after a space.
            return _text[_pos] == '#' && _pos > beforeSpaces && SkipToNextLine();
        }

        private bool Key(out int end)
        {
            var text = _text;
            var i = _pos;
            end = i;
            if (i >= text.Length || !IsKeyStart(text[i]))
            {
                return false;
            }

            while (i < text.Length && IsKeyPart(text[i]))
            {
                i++;
            }

            end = i;
            return i - _pos <= MaxKeyLength;
        }

        // A value: on the rest of a block mapping's line (depth 0), or an item or value inside flow collections
        // <paramref name="depth"/> deep.
        private bool Value(int depth, bool inFlow)
        {
            if (_pos >= _text.Length)
            {
                return false;
            }

            var c = _text[_pos];
            switch (c)
            {
                case '[':
                case '{':
                    return Flow(depth);
                case '"':
                case '\'':
                    return Quoted(c);
            }

            return IsPlainStart(_text, _pos) && (inFlow ? FlowPlain() : BlockPlain());
        }

        // A plain scalar to the end of its line (or a comment).
        private bool BlockPlain()
        {
            var text = _text;
            var start = _pos;
            var i = start;
            var last = start; // one past the last character that is not a space
            while (i < text.Length)
            {
                var ch = text[i];
                if (ch == '\n' || ch == '\r')
                {
                    break;
                }

                if (ch == ' ')
                {
                    if (i + 1 < text.Length && text[i + 1] == '#')
                    {
                        break;
                    }
                }
                else if (ch == ':')
                {
                    // ": " or a ':' ending the line would make it a key.
                    if (i + 1 >= text.Length || IsBreakOrSpace(text[i + 1]))
                    {
                        return false;
                    }

                    last = i + 1;
                }
                else if (!IsPlainCharacter(ch))
                {
                    return false;
                }
                else
                {
                    last = i + 1;
                }

                i++;
            }

            _pos = last;
            _builder.Scalar(Text(start, last), isPlain: true, Here(start, last));
            return true;
        }

        // A flow list or mapping closed on its line, at its opening bracket.
        private bool Flow(int depth)
        {
            if (depth >= MaxFlowDepth)
            {
                return false;
            }

            var isMapping = _text[_pos] == '{';
            var close = isMapping ? '}' : ']';
            if (isMapping)
            {
                _builder.StartMapping(Here(_pos, _pos));
            }
            else
            {
                _builder.StartSequence(Here(_pos, _pos));
            }

            _pos++;
            SkipSpaces();
            if (_pos < _text.Length && _text[_pos] == close)
            {
                return CloseFlow();
            }

            while (true)
            {
                if ((isMapping && !FlowKey()) || !Value(depth + 1, inFlow: true))
                {
                    return false;
                }

                SkipSpaces();
                if (_pos >= _text.Length)
                {
                    return false;
                }

                if (_text[_pos] == close)
                {
                    return CloseFlow();
                }

                if (_text[_pos] != ',')
                {
                    return false;
                }

                _pos++;
                SkipSpaces();
            }
        }

        // "key: " inside a flow mapping, up to its value.
        private bool FlowKey()
        {
            var keyStart = _pos;
            if (!Key(out var keyEnd) || keyEnd + 1 >= _text.Length || _text[keyEnd] != ':' || _text[keyEnd + 1] != ' ')
            {
                return false;
            }

            _builder.Scalar(Text(keyStart, keyEnd), isPlain: true, Here(keyStart, keyEnd));
            _pos = keyEnd + 1;
            SkipSpaces();
            return true;
        }

        // The end of a flow collection at its closing bracket (YamlDotNet's end mark: where the bracket starts).
        private bool CloseFlow()
        {
            var at = _pos;
            _pos++;
            _builder.End(Here(at, at));
            return true;
        }

        // A plain scalar inside a flow collection, up to ',', ']' or '}'.
        private bool FlowPlain()
        {
            var text = _text;
            var start = _pos;
            var i = start;
            var last = start;
            while (i < text.Length)
            {
                var ch = text[i];
                if (ch is ',' or ']' or '}')
                {
                    break;
                }

                if (ch == ' ')
                {
                    if (i + 1 < text.Length && text[i + 1] == '#')
                    {
                        return false;
                    }
                }
                else if (ch is ':' or '[' or '{' || !IsPlainCharacter(ch))
                {
                    return false;
                }
                else
                {
                    last = i + 1;
                }

                i++;
            }

            _pos = last;
            _builder.Scalar(Text(start, last), isPlain: true, Here(start, last));
            return true;
        }

        // A quoted scalar closed on its line; in double quotes only the escapes \" \\ \/ \n \t \r, in single quotes ''.
        private bool Quoted(char quote)
        {
            var text = _text;
            var start = _pos;
            var i = start + 1;
            StringBuilder? unescaped = null;
            var copied = i; // text[copied..i] is not yet in unescaped
            while (true)
            {
                if (i >= text.Length)
                {
                    return false;
                }

                var ch = text[i];
                if (ch == quote)
                {
                    if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        (unescaped ??= new StringBuilder()).Append(text, copied, i + 1 - copied);
                        i += 2;
                        copied = i;
                        continue;
                    }

                    break;
                }

                if (ch == '\\' && quote == '"')
                {
                    var escaped = i + 1 < text.Length ? Unescape(text[i + 1]) : '\0';
                    if (escaped == '\0')
                    {
                        return false;
                    }

                    (unescaped ??= new StringBuilder()).Append(text, copied, i - copied).Append(escaped);
                    i += 2;
                    copied = i;
                    continue;
                }

                if (!IsPlainCharacter(ch) && ch != ' ')
                {
                    return false;
                }

                i++;
            }

            var value = unescaped is null
                ? Text(start + 1, i)
                : unescaped.Append(text, copied, i - copied).ToString();
            _pos = i + 1;
            _builder.Scalar(value, isPlain: false, Here(start, _pos));
            return true;
        }

        private static char Unescape(char c) => c switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            _ => '\0',
        };

        // A place on the current line, as LineMap would give it.
        private SourceSpan Here(int start, int end) => new(start, end, _line, start - _lineStart + 1, _line, end - _lineStart + 1);

        // text[start..end], shared with the last equal text of its slot when short.
        private string Text(int start, int end)
        {
            var length = end - start;
            if (length == 0)
            {
                return string.Empty;
            }

            if (length > MaxSharedLength)
            {
                return _text.Substring(start, length);
            }

            var hash = (uint)length;
            for (var i = start; i < end; i++)
            {
                hash = (hash * 31) + _text[i];
            }

            var slot = (int)(hash & (uint)(_shared.Length - 1));
            var shared = _shared[slot];
            if (shared is not null && shared.Length == length && string.CompareOrdinal(shared, 0, _text, start, length) == 0)
            {
                return shared;
            }

            return _shared[slot] = _text.Substring(start, length);
        }

        private void SkipSpaces()
        {
            while (_pos < _text.Length && _text[_pos] == ' ')
            {
                _pos++;
            }
        }

        private bool AtLineEnd() => _pos >= _text.Length || _text[_pos] == '\n' || _text[_pos] == '\r';

        // Past the end of the current line: LF or CR LF (a lone CR is declined).
        private bool SkipToNextLine()
        {
            var text = _text;
            var i = _pos;
            while (i < text.Length)
            {
                var ch = text[i];
                if (ch == '\n')
                {
                    _pos = _lineStart = i + 1;
                    _line++;
                    return true;
                }

                if (ch == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        _pos = _lineStart = i + 2;
                        _line++;
                        return true;
                    }

                    return false;
                }

                if (!IsPlainCharacter(ch) && ch != ' ')
                {
                    return false;
                }

                i++;
            }

            _pos = i;
            return true;
        }

        private static bool IsBreakOrSpace(char c) => c is ' ' or '\n' or '\r';

        private static bool IsKeyStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

        private static bool IsKeyPart(char c) => IsKeyStart(c) || c is '-' or '.';

        // Whether a plain scalar may start at text[i]: not with an indicator, except '-' before a letter, digit or
        // '.' (-100, -x; YAML allows more, taken by YamlDotNet).
        private static bool IsPlainStart(string text, int i) =>
            !IsIndicator(text[i])
            || text[i] == '-' && i + 1 < text.Length && (IsKeyStart(text[i + 1]) || text[i + 1] == '.');

        // The characters YAML gives a meaning at the start of a plain scalar (and the space).
        private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ';

        // Printable characters taken in a scalar here: no tab, no control character, no BOM, no surrogate half
        // (a pair is two such halves: taken), no line break of any kind.
        private static bool IsPlainCharacter(char c) =>
            c is > ' ' and <= '~'
            || c >= '\u00A0' && c != '\uFEFF' && c != '\u2028' && c != '\u2029' && c is < '\uFFFE';
    }
}
