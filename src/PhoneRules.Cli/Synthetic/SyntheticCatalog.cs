using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PhoneRules.Model;

namespace PhoneRules.Cli.Synthetic;

/// <summary>
/// Deterministic, seeded catalogs of any size with the shipped schema: models across series and makers,
/// IMEI sightings (about 1% with a wrong check digit, about 2% reusing another model's TAC), fuzzy dates,
/// claims that conflict, exhibitions with gaps, trade by year. The same seed gives the same catalog, as
/// records (for the rules) or as YAML (for the generator and the loader). <c>phonerules synth</c> writes it as a
/// file; the benchmarks (bench/PhoneRules.Benchmarks) measure on it.
/// </summary>
public sealed class SyntheticCatalog
{
    private const int FirstYear = 2013;
    private const int LastYear = 2021;

    private SyntheticCatalog(CatalogData data) => Data = data;

    /// <summary>The catalog as typed records.</summary>
    public CatalogData Data { get; }

    /// <summary>Builds a catalog with <paramref name="models"/> models and <paramref name="sightings"/> IMEI sightings.</summary>
    public static SyntheticCatalog Create(int models, int sightings, int seed = 2021)
    {
        var random = new Random(seed);
        var line = 0;
        var settings = Catalog.Settings;

        var sources = Enumerable.Range(0, Math.Max(10, models / 50))
            .Select(i => new Source { Key = $"src-{i}", Location = Line(), Publisher = "Publisher " + (i % 7), Title = "Report " + i, Published = FuzzyDate.FromMonth(FirstYear + (i % 9), 1 + (i % 12)), Confidence = (Confidence)(i % 3) })
            .ToArray();
        Source Cite() => sources[random.Next(sources.Length)];
        Source[] Cites() => random.Next(4) == 0 ? [Cite(), Cite()] : [Cite()];

        var domestic = Enumerable.Range(0, 20).Select(i => new Maker { Key = $"kp-maker-{i}", Location = Line(), Name = "Domestic " + i, Country = CountryCode.Parse("KP"), Sources = Cites() }).ToArray();
        var foreign = Enumerable.Range(0, 200).Select(i => new Maker { Key = $"maker-{i}", Location = Line(), Name = "Foreign " + i, Country = CountryCode.Parse(i % 5 == 0 ? "KR" : "CN"), Sources = Cites() }).ToArray();
        var series = Enumerable.Range(0, Math.Max(5, models / 200)).Select(i => new Series { Key = $"series-{i}", Location = Line(), Name = "Series " + i, Maker = domestic[i % domestic.Length], Sources = Cites() }).ToArray();

        var modelList = new PhoneModel[models];
        for (var i = 0; i < models; i++)
        {
            var released = random.Next(10) < 9 ? RandomDate(random) : (FuzzyDate?)null;
            var unveiled = released is { } r && random.Next(10) < 6 ? Later(random, r) : (FuzzyDate?)null;
            var manufactured = unveiled is not null && random.Next(10) == 0 ? released : null;
            modelList[i] = new PhoneModel
            {
                Key = $"model-{i}",
                Location = Line(),
                Name = "Model " + i,
                Series = series[i % series.Length],
                SoldAsDomestic = random.Next(10) < 9,
                Released = released,
                ReleasedBy = released is null ? [] : Cites(),
                Unveiled = unveiled,
                UnveiledBy = unveiled is null ? [] : Cites(),
                Manufactured = manufactured,
                ManufacturedBy = manufactured is null ? [] : Cites(),
                Android = (8 + (i % 3)).ToString(CultureInfo.InvariantCulture) + ".0",
                Confidence = (Confidence)(i % 3),
                Sources = Cites(),
            };
        }

        var lookups = new ImeiLookup[sightings];
        for (var i = 0; i < sightings; i++)
        {
            var model = random.Next(models);
            var tacOwner = random.Next(50) == 0 ? random.Next(models) : model;
            var imei = Imei.Create(new Tac(86_000_000 + tacOwner), i % 1_000_000);
            if (random.Next(100) == 0)
            {
                imei = Imei.Parse(imei.ToString()[..14] + ((imei.CheckDigit + 1) % 10).ToString(CultureInfo.InvariantCulture));
            }

            lookups[i] = new ImeiLookup
            {
                Key = $"sighting-{i}",
                Location = Line(),
                Model = modelList[model],
                Imei = imei,
                // Test data, not stand-ins for a reported number: most are marked reported so that PR008 and PR009
                // have work; every tenth is illustrative, which those rules skip.
                Illustrative = i % 10 == 0,
                ReportedMaker = random.Next(10) < 7 ? foreign[random.Next(foreign.Length)] : domestic[random.Next(domestic.Length)],
                ReportedModel = "X" + (model % 1000).ToString(CultureInfo.InvariantCulture),
                Confidence = (Confidence)(i % 3),
                Sources = Cites(),
            };
        }

        var matches = modelList.Where((_, i) => i % 20 == 3).Select((m, i) => new AppearanceMatch
        {
            Key = $"match-{i}",
            Location = Line(),
            Model = m,
            ForeignDevice = "Foreign phone " + i,
            ForeignMaker = foreign[i % foreign.Length],
            Kind = (MatchKind)(i % 4),
            Confidence = Confidence.Medium,
            Sources = Cites(),
        }).ToArray();

        var claims = modelList.Where(m => m.Released is not null).Where((_, i) => i % 20 == 7).Select((m, i) => new DateClaim
        {
            Key = $"claim-{i}",
            Location = Line(),
            Model = m,
            Event = DateEvent.MarketRelease,
            Date = i % 2 == 0 ? m.Released!.Value : FuzzyDate.FromMonth(m.Released!.Value.Latest.AddMonths(3).Year, m.Released!.Value.Latest.AddMonths(3).Month),
            Confidence = Confidence.Medium,
            Sources = Cites(),
        }).ToArray();

        var unscr = new ContextEvent { Key = "unscr-2397", Location = Line(), Name = "UN Security Council resolution 2397", Kind = ContextKind.Sanctions, Date = new DateOnly(2017, 12, 22), Description = "Sanctions.", Sources = [sources[0]] };
        var closure = new ContextEvent { Key = "closure-2020", Location = Line(), Name = "Border closure", Kind = ContextKind.BorderClosure, Date = new DateOnly(2020, 1, 31), Description = "Closure.", Sources = [sources[1]] };
        var trade = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(year => new TradeYear
        {
            Key = $"cn-{year}",
            Location = Line(),
            Year = year,
            Partner = CountryCode.Parse("CN"),
            ValueMusd = year == 2020 ? 539.1m : 2500m + year,
            ChangePercent = year == 2020 ? -80.7m : 1.5m,
            Derived = false,
            Sources = [Cite()],
        }).ToArray();
        // Years divisible by 4 are recorded as no-news (PR007's subject), except every third of them, which has
        // no row at all (a catalog gap PR007 must not report).
        var exhibitions = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Where(year => year % 12 != 0).Select(year => new Exhibition
        {
            Key = $"expo-{year}",
            Location = Line(),
            Name = "Expo",
            Year = year,
            Status = year % 4 == 0 ? ExhibitionStatus.NoNews : year == 2021 ? ExhibitionStatus.Online : ExhibitionStatus.Held,
            Sources = [Cite()],
        }).ToArray();
        var counts = series.Select((s, i) => new SeriesCount
        {
            Key = $"count-{i}",
            Location = Line(),
            Series = s,
            FromYear = 2017,
            ToYear = 2019,
            Count = (i % 3) switch
            {
                0 => 10_000, // more than any series has: always a mismatch
                1 => modelList.Count(m => m.Series == s && m.Released is { } d && d.Earliest.Year >= 2017 && d.Latest.Year <= 2019),
                _ => 0, // fewer than it has, unless it has none
            },
            Sources = [Cite()],
        }).Append(new SeriesCount
        {
            // A count of every series in one year (PR010 against every model) and of each year of a span
            // (against the counts by series above).
            Key = "count-every-2020",
            Location = Line(),
            FromYear = 2020,
            ToYear = 2020,
            Count = 0,
            Sources = [Cite()],
        }).Append(new SeriesCount
        {
            Key = "count-each-year",
            Location = Line(),
            FromYear = 2017,
            ToYear = 2019,
            Count = 2,
            CountMax = 3,
            EachYear = true,
            Sources = [Cite()],
        }).ToArray();

        // Every tenth model has a claim of another name (PR013); every third of those claims is graded high on
        // one source (PR014) and every fifth names a model's maker (a foreign one when it has a lookup).
        var factClaims = modelList.Where((_, i) => i % 10 == 0).Select((m, i) => new FactClaim
        {
            Key = $"fact-{i}",
            Location = Line(),
            Model = m,
            Topic = i % 5 == 0 ? ClaimTopic.Maker : ClaimTopic.Name,
            Says = i % 5 == 0 ? foreign[i % foreign.Length].Name : m.Name + (i % 2 == 0 ? " Alt" : string.Empty),
            Confidence = i % 3 == 0 ? Confidence.High : Confidence.Medium,
            Sources = [Cite()],
        }).ToArray();

        var data = new CatalogData(
            "synthetic.yaml",
            settings with { SanctionsEvent = unscr },
            sources: new EntityList<Source>(sources),
            makers: new EntityList<Maker>(domestic.Concat(foreign)),
            series: new EntityList<Series>(series),
            models: new EntityList<PhoneModel>(modelList),
            imeiLookups: new EntityList<ImeiLookup>(lookups),
            appearanceMatches: new EntityList<AppearanceMatch>(matches),
            dateClaims: new EntityList<DateClaim>(claims),
            contextEvents: new EntityList<ContextEvent>([unscr, closure]),
            tradeYears: new EntityList<TradeYear>(trade),
            exhibitions: new EntityList<Exhibition>(exhibitions),
            seriesCounts: new EntityList<SeriesCount>(counts),
            factClaims: new EntityList<FactClaim>(factClaims));
        return new SyntheticCatalog(data);

        CatalogLocation Line() => new(++line, 5);
    }

    /// <summary>
    /// The catalog as YAML with the schema and settings of <paramref name="shippedCatalog"/> (the text of the
    /// shipped catalog.yaml), readable by the generator and the loader. Entities get their real locations when
    /// that YAML is read.
    /// </summary>
    public string ToYaml(string shippedCatalog)
    {
        ArgumentNullException.ThrowIfNull(shippedCatalog);
        var yaml = new StringBuilder((int)Math.Min(int.MaxValue / 4, shippedCatalog.Length + (Data.Models.Count * 400L) + (Data.ImeiLookups.Count * 220L)));
        var dataStart = shippedCatalog.IndexOf("\ndata:", StringComparison.Ordinal);
        if (dataStart < 0)
        {
            throw new ArgumentException("the catalog text has no data section", nameof(shippedCatalog));
        }

        yaml.Append(shippedCatalog.AsSpan(0, dataStart)).Append("\ndata:\n");
        Section(yaml, "Source", Data.Sources, (w, s) => { w.Field("publisher", s.Publisher).Field("title", s.Title).Field("published", s.Published).Field("confidence", Written.Of(s.Confidence)); });
        Section(yaml, "Maker", Data.Makers, (w, m) => { w.Field("name", m.Name).Field("country", m.Country.Value).Refs("sources", m.Sources); });
        Section(yaml, "Series", Data.Series, (w, s) => { w.Field("name", s.Name).Ref("maker", s.Maker).Refs("sources", s.Sources); });
        Section(yaml, "PhoneModel", Data.Models, (w, m) =>
        {
            w.Field("name", m.Name).Ref("series", m.Series).Field("sold-as-domestic", m.SoldAsDomestic ? "true" : "false")
                .Field("released", m.Released).Refs("released-by", m.ReleasedBy).Field("unveiled", m.Unveiled).Refs("unveiled-by", m.UnveiledBy)
                .Field("manufactured", m.Manufactured).Refs("manufactured-by", m.ManufacturedBy).Field("android", "\"" + m.Android + "\"")
                .Field("confidence", Written.Of(m.Confidence)).Refs("sources", m.Sources);
        });
        Section(yaml, "ImeiLookup", Data.ImeiLookups, (w, l) =>
        {
            w.Ref("model", l.Model).Field("imei", "\"" + l.Imei + "\"").Field("illustrative", l.Illustrative ? "true" : "false").Ref("reported-maker", l.ReportedMaker)
                .Field("reported-model", l.ReportedModel).Field("confidence", Written.Of(l.Confidence)).Refs("sources", l.Sources);
        });
        Section(yaml, "AppearanceMatch", Data.AppearanceMatches, (w, a) =>
        {
            w.Ref("model", a.Model).Field("foreign-device", a.ForeignDevice).Ref("foreign-maker", a.ForeignMaker)
                .Field("kind", Written.Of(a.Kind))
                .Field("confidence", Written.Of(a.Confidence)).Refs("sources", a.Sources);
        });
        Section(yaml, "DateClaim", Data.DateClaims, (w, c) => { w.Ref("model", c.Model).Field("event", Written.Of(DateEvent.MarketRelease)).Field("date", c.Date).Field("confidence", Written.Of(c.Confidence)).Refs("sources", c.Sources); });
        Section(yaml, "ContextEvent", Data.ContextEvents, (w, e) =>
        {
            w.Field("name", e.Name).Field("kind", e.Kind == ContextKind.Sanctions ? "sanctions" : "border-closure")
                .Field("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Field("description", e.Description).Refs("sources", e.Sources);
        });
        Section(yaml, "TradeYear", Data.TradeYears, (w, t) =>
        {
            w.Field("year", Number(t.Year)).Field("partner", t.Partner.Value).Field("value-musd", t.ValueMusd.ToString(CultureInfo.InvariantCulture))
                .Field("change-percent", t.ChangePercent?.ToString(CultureInfo.InvariantCulture)).Field("derived", t.Derived ? "true" : "false").Refs("sources", t.Sources);
        });
        Section(yaml, "Exhibition", Data.Exhibitions, (w, e) => { w.Field("name", e.Name).Field("year", Number(e.Year)).Field("status", Written.Of(e.Status)).Refs("sources", e.Sources); });
        Section(yaml, "SeriesCount", Data.SeriesCounts, (w, c) =>
        {
            w.Ref("series", c.Series).Field("from-year", Number(c.FromYear)).Field("to-year", Number(c.ToYear)).Field("count", Number(c.Count))
                .Field("count-max", c.CountMax is { } max ? Number(max) : null).Field("each-year", c.EachYear is { } each ? (each ? "true" : "false") : null).Refs("sources", c.Sources);
        });
        Section(yaml, "FactClaim", Data.FactClaims, (w, c) =>
        {
            w.Ref("model", c.Model).Field("topic", Written.Of(c.Topic)).Field("says", "\"" + c.Says + "\"").Field("confidence", Written.Of(c.Confidence)).Refs("sources", c.Sources);
        });
        return yaml.ToString();
    }

    private static void Section<T>(StringBuilder yaml, string type, IReadOnlyList<T> items, Action<FieldWriter, T> write)
        where T : ICatalogEntity
    {
        if (items.Count == 0)
        {
            return;
        }

        yaml.Append("  ").Append(type).Append(":\n");
        var writer = new FieldWriter(yaml);
        foreach (var item in items)
        {
            yaml.Append("    ").Append(item.Key).Append(":\n");
            write(writer, item);
        }
    }

    private static FuzzyDate RandomDate(Random random)
    {
        var year = random.Next(FirstYear, LastYear + 1);
        if (year == 2020 && random.Next(10) != 0)
        {
            // A release drought in 2020, as in the real catalog, so PR003 and PR006 have work to do.
            year = random.Next(FirstYear, 2020);
        }

        var month = random.Next(1, 13);
        return random.Next(10) switch
        {
            0 => FuzzyDate.FromYear(year),
            < 7 => FuzzyDate.FromMonth(year, month),
            _ => FuzzyDate.Parse($"{year:D4}-{month:D2}/{(month > 10 ? year + 1 : year):D4}-{(month > 10 ? month - 10 : month + 2):D2}"),
        };
    }

    private static FuzzyDate Later(Random random, FuzzyDate date)
    {
        var day = date.Latest.AddDays(random.Next(0, 300));
        return FuzzyDate.FromMonth(day.Year, day.Month);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class FieldWriter(StringBuilder yaml)
    {
        public FieldWriter Field(string name, string? value)
        {
            if (value is not null)
            {
                yaml.Append("      ").Append(name).Append(": ").Append(value).Append('\n');
            }

            return this;
        }

        public FieldWriter Field(string name, FuzzyDate? value) => Field(name, value?.ToString());

        public FieldWriter Ref(string name, ICatalogEntity? value) => Field(name, value?.Key);

        public FieldWriter Refs(string name, IReadOnlyList<Source> values) =>
            values.Count == 0 ? this : Field(name, "[" + string.Join(", ", values.Select(v => v.Key)) + "]");
    }
}
