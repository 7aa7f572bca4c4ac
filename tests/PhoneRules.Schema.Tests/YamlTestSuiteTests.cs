using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PhoneRules.Testing;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// Every case of the YAML test suite through the catalog reader: nothing throws, nothing hangs, every problem
/// has a location inside the file. Where the verdict differs from the suite's (a valid case rejected as a
/// syntax error, or an invalid case accepted), the difference must be listed in expected-differences.txt.
/// </summary>
public sealed class YamlTestSuiteTests
{
    private static readonly string s_expectedFile = Path.Combine(YamlTestSuite.Folder, "expected-differences.txt");

    [Fact]
    public void EveryCase_ParsesOrGivesALocatedError()
    {
        var cases = YamlTestSuite.Cases();
        Assert.Equal(402, cases.Count);

        foreach (var (id, input, _) in cases)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var result = CatalogReader.ReadBytes(input, id, cancellationToken: timeout.Token);
            var lines = CountLines(input);
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.True(diagnostic.Span.Line >= 1 && diagnostic.Span.Line <= lines && diagnostic.Span.Column >= 1, $"{id}: {diagnostic} is outside the file ({lines} lines)");
                Assert.NotEqual("PRG099", diagnostic.Code);
            }
        }
    }

    [Fact]
    public void VerdictsThatDifferFromTheSuite_AreTheListedOnes()
    {
        var differences = new List<string>();
        foreach (var (id, input, mustFail) in YamlTestSuite.Cases())
        {
            var diagnostics = CatalogReader.ReadBytes(input, id).Diagnostics;
            var rejected = diagnostics.Any(d => d.Code is "PRG001" or "PRG007" or "PRG015");
            var rejectedAtAll = diagnostics.Any(d => d.Code is not "PRG011");
            if (mustFail && !rejectedAtAll)
            {
                differences.Add(id + " accepted, but the suite says it is invalid");
            }
            else if (!mustFail && rejected)
            {
                differences.Add(id + " rejected (" + diagnostics.First(d => d.Code is "PRG001" or "PRG007" or "PRG015").Code + "), but the suite says it is valid");
            }
        }

        var expected = File.ReadAllLines(s_expectedFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(expected, differences);
    }

    private static int CountLines(byte[] input) => input.Count(b => b == (byte)'\n') + 1;
}
