using System.Linq;
using static PhoneRules.Testing.TestCatalogs;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// An int or decimal field may carry a range in the schema (<c>min</c>, <c>max</c>): a value outside it is one
/// PRG005 at the value, so a year or a threshold can never send a rule into a span of billions of years.
/// </summary>
public sealed class FieldRangeTests
{
    private const string Field = "        units: int?\n";

    [Theory]
    [InlineData("{ type: int?, min: 0, max: 1000 }", "12", null)]
    [InlineData("{ type: int?, min: 0, max: 1000 }", "0", null)]
    [InlineData("{ type: int?, min: 0, max: 1000 }", "1000", null)]
    [InlineData("{ type: int?, min: 0, max: 1000 }", "1001", "'units' must be from 0 to 1000, not 1001")]
    [InlineData("{ type: int?, min: 0, max: 1000 }", "-1", "'units' must be from 0 to 1000, not -1")]
    [InlineData("{ type: int?, min: 0, max: 1000 }", "-2147483648", "'units' must be from 0 to 1000, not -2147483648")]
    [InlineData("{ type: int?, min: 1 }", "0", "'units' must be at least 1, not 0")]
    [InlineData("{ type: int?, max: 9 }", "2147483647", "'units' must be at most 9, not 2147483647")]
    public void IntRange_AcceptsExactlyItsBounds(string declaration, string value, string? message)
    {
        var yaml = Replace(Replace(Small, Field, "        units: " + declaration + "\n"), "units: 12", "units: " + value);

        var diagnostics = CatalogReader.ReadText(yaml, "catalog.yaml").Diagnostics;

        if (message is null)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(("PRG005", message), (diagnostic.Code, diagnostic.Message));
            Assert.Equal(Position(yaml, "units: " + value).Column + 7, diagnostic.Span.Column);
        }
    }

    [Theory]
    [InlineData("        price: decimal?\n", "        price: { type: decimal?, min: 0, max: 1 }\n", "price: 300.5", "price: 0.5", null)]
    [InlineData("        price: decimal?\n", "        price: { type: decimal?, min: 0, max: 1 }\n", "price: 300.5", "price: 1.0001", "'price' must be from 0 to 1, not 1.0001")]
    public void DecimalRange_AcceptsExactlyItsBounds(string fieldFrom, string fieldTo, string valueFrom, string valueTo, string? message)
    {
        var yaml = Replace(Replace(Small, fieldFrom, fieldTo), valueFrom, valueTo);

        var diagnostics = CatalogReader.ReadText(yaml, "catalog.yaml").Diagnostics;

        Assert.Equal(message, diagnostics.SingleOrDefault()?.Message);
        Assert.True(message is null ? diagnostics.Count == 0 : diagnostics.Count == 1);
    }

    [Theory]
    [InlineData("{ type: string?, min: 0 }", "PRG011", "'min' of field 'units' applies to int and decimal fields only")]
    [InlineData("{ type: int?, min: 0.5 }", "PRG005", "'min' of field 'units' expects a whole number")]
    [InlineData("{ type: int?, min: ten }", "PRG005", "'min' of field 'units' expects a whole number")]
    [InlineData("{ type: int?, min: 10, max: 1 }", "PRG011", "field 'units' of type 'PhoneModel' has 'min' 10 above 'max' 1")]
    public void MalformedRange_IsOneSchemaError(string declaration, string code, string message)
    {
        var yaml = Replace(Small, Field, "        units: " + declaration + "\n");

        var diagnostic = Assert.Single(CatalogReader.ReadText(yaml, "catalog.yaml").Diagnostics);

        Assert.Equal((code, message), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Range_IsPartOfTheSchemaFingerprint()
    {
        var plain = CatalogReader.ReadText(Small, "a.yaml").Schema!.Fingerprint;
        var ranged = CatalogReader.ReadText(Replace(Small, Field, "        units: { type: int?, min: 0 }\n"), "b.yaml").Schema!.Fingerprint;
        var otherRange = CatalogReader.ReadText(Replace(Small, Field, "        units: { type: int?, min: 1 }\n"), "c.yaml").Schema!.Fingerprint;

        Assert.NotEqual(plain, ranged);
        Assert.NotEqual(ranged, otherRange);
    }
}
