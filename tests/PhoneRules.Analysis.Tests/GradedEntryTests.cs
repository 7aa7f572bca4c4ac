using System;
using System.Collections.Generic;
using System.Linq;
using PhoneRules.Analysis.Facts;
using PhoneRules.Cli.Synthetic;
using PhoneRules.Model;

namespace PhoneRules.Analysis.Tests;

/// <summary>
/// PR014 matches the catalog's entities and reads their grade through <see cref="GradedEntry"/>: the five record
/// types that grade themselves give their own grade and sources, every other type gives none.
/// </summary>
public sealed class GradedEntryTests
{
    private static CatalogData Catalog() => SyntheticCatalog.Create(40, 80).Data;

    [Fact]
    public void GradedTypes_GiveTheirOwnGradeAndSources()
    {
        var catalog = Catalog();

        Check(catalog.Models, nameof(PhoneModel), m => (m.Confidence, m.Sources));
        Check(catalog.ImeiLookups, nameof(ImeiLookup), l => (l.Confidence, l.Sources));
        Check(catalog.AppearanceMatches, nameof(AppearanceMatch), m => (m.Confidence, m.Sources));
        Check(catalog.DateClaims, nameof(DateClaim), c => (c.Confidence, c.Sources));
        Check(catalog.FactClaims, nameof(FactClaim), c => (c.Confidence, c.Sources));
        Assert.Equal(3, GradedEntry.Of(catalog).Select(e => e.Confidence).Distinct().Count());
    }

    [Fact]
    public void OtherTypes_GradeNothing()
    {
        var catalog = Catalog();
        IReadOnlyList<ICatalogEntity>[] others = [catalog.Sources, catalog.Makers, catalog.Series, catalog.ContextEvents, catalog.TradeYears, catalog.Exhibitions, catalog.SeriesCounts];

        Assert.All(others, Assert.NotEmpty);
        Assert.All(others.SelectMany(o => o), entity =>
        {
            Assert.False(GradedEntry.Grades(entity));
            Assert.Contains(entity.GetType().Name + " grades nothing", Assert.Throws<ArgumentException>(() => GradedEntry.GradeOf(entity)).Message, StringComparison.Ordinal);
            Assert.Empty(GradedEntry.SourcesOf(entity));
            Assert.Null(GradedEntry.Of(entity));
        });
    }

    [Fact]
    public void OfCatalog_ListsEveryGradedEntry_ByTypeInFileOrder()
    {
        var catalog = Catalog();

        var entries = GradedEntry.Of(catalog);

        Assert.Equal(
            catalog.Models.Cast<ICatalogEntity>().Concat(catalog.ImeiLookups).Concat(catalog.AppearanceMatches).Concat(catalog.DateClaims).Concat(catalog.FactClaims),
            entries.Select(e => e.Entity));
        Assert.All(entries, e => Assert.Equal(GradedEntry.Of(e.Entity), e));
    }

    [Fact]
    public void Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => GradedEntry.Grades(null!));
        Assert.Throws<ArgumentNullException>(() => GradedEntry.GradeOf(null!));
        Assert.Throws<ArgumentNullException>(() => GradedEntry.SourcesOf(null!));
        Assert.Throws<ArgumentNullException>(() => GradedEntry.Of((ICatalogEntity)null!));
        Assert.Throws<ArgumentNullException>(() => GradedEntry.Of((CatalogData)null!));
    }

    private static void Check<T>(IReadOnlyList<T> entities, string type, Func<T, (Confidence Confidence, IReadOnlyList<Source> Sources)> own)
        where T : class, ICatalogEntity
    {
        Assert.NotEmpty(entities);
        Assert.All(entities, entity =>
        {
            var (confidence, sources) = own(entity);
            Assert.True(GradedEntry.Grades(entity));
            Assert.Equal(confidence, GradedEntry.GradeOf(entity));
            Assert.Same(sources, GradedEntry.SourcesOf(entity));
            var entry = GradedEntry.Of(entity);
            Assert.NotNull(entry);
            Assert.Same((object)entity, entry.Entity);
            Assert.Equal(type, entry.Type);
            Assert.Equal(confidence, entry.Confidence);
            Assert.Same(sources, entry.Sources);
        });
    }
}
