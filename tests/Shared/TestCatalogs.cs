using System;

namespace PhoneRules.Testing;

/// <summary>Small catalogs for tests, and helpers to locate text in them.</summary>
internal static class TestCatalogs
{
    public const string Small = """
        schema:
          namespace: Demo.Model
          enums:
            Confidence:
              doc: How sure.
              values:
                high: Sure.
                low: Unsure.
          types:
            Source:
              doc: A source.
              fields:
                title: { type: string, doc: The title. }
                url: url?
            Maker:
              fields:
                name: string
                country: country
            PhoneModel:
              plural: Models
              doc: A phone.
              fields:
                name: string
                maker: Maker
                released: { type: fuzzy-date?, requires: released-by }
                released-by: Source[]?
                announced: date?
                price: decimal?
                units: int?
                domestic: bool
                imei: imei?
                tac: tac?
                confidence: Confidence
                sources: Source[]
          settings:
            fields:
              late-days: int
        settings:
          late-days: 90
        data:
          Source:
            seed:
              title: The seed
              url: https://example.org/seed
          Maker:
            acme:
              name: Acme
              country: CN
          PhoneModel:
            pyongyang-2425:
              name: Pyongyang 2425
              maker: acme
              released: 2019-10/2019-12
              released-by: [seed]
              announced: 2020-04-08
              price: 300.5
              units: 12
              domestic: true
              imei: "490154203237518"
              tac: "49015420"
              confidence: high
              sources: [seed]
        """;

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="marker"/>.</summary>
    public static (int Line, int Column) Position(string text, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{marker}' not found {occurrence} times.", nameof(marker));
            }
        }

        // Lines as editors count them: LF, CR LF and a lone CR each end one.
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Replaces the one occurrence of <paramref name="from"/>; fails when it is not exactly one.</summary>
    public static string Replace(string text, string from, string to)
    {
        var first = text.IndexOf(from, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(from, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{from}' must occur exactly once.", nameof(from));
        }

        return text.Replace(from, to, StringComparison.Ordinal);
    }
}
