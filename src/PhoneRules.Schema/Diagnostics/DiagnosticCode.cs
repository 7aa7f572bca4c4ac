namespace PhoneRules.Schema;

/// <summary>A catalog diagnostic code: its id, a short title and what usually causes it.</summary>
/// <param name="Id">The stable id, <c>PRG</c> and three digits.</param>
/// <param name="Title">A short title, used as the compiler diagnostic title.</param>
/// <param name="Cause">What usually causes it, one sentence.</param>
public sealed record DiagnosticCode(string Id, string Title, string Cause)
{
    /// <summary>Where the code is explained: its section of docs/diagnostics.md, headed <c>## {Id} {Title}</c>.</summary>
    public string HelpUri => DiagnosticCodes.DocsUrl + "#" + Anchor;

    /// <summary>The anchor GitHub gives the heading <c>## {Id} {Title}</c>: lower case, spaces as hyphens, punctuation dropped.</summary>
    public string Anchor
    {
        get
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in (Id + " " + Title).ToLowerInvariant())
            {
                if (c == ' ')
                {
                    builder.Append('-');
                }
                else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
