using System.CommandLine;
using System.Globalization;
using System.Text;
using PhoneRules.Cli.Output;
using PhoneRules.Cli.Synthetic;

namespace PhoneRules.Cli.Commands;

/// <summary>
/// <c>phonerules synth --models N --sightings M -o FILE</c>: writes a synthetic catalog (the benchmarks' seeded
/// generator, with the compiled schema and settings) for trying the tool at scale.
/// </summary>
public sealed class SynthCommand : CliCommand
{
    /// <summary>The most models the command writes.</summary>
    public const int MaxModels = 1_000_000;

    /// <summary>The most IMEI sightings the command writes: the file is built in memory, and 4 million make about 0.9 GB of YAML.</summary>
    public const int MaxSightings = 4_000_000;

    private readonly Option<int> _models = new("--models")
    {
        Description = $"How many phone models (1 to {MaxModels.ToString("N0", CultureInfo.InvariantCulture)}; default 1,000).",
        DefaultValueFactory = _ => 1_000,
    };

    private readonly Option<int> _sightings = new("--sightings")
    {
        Description = $"How many IMEI sightings (0 to {MaxSightings.ToString("N0", CultureInfo.InvariantCulture)}; default ten per model).",
    };

    private readonly Option<int> _seed = new("--seed")
    {
        Description = "The seed: the same seed and sizes give the same file (default 2021).",
        DefaultValueFactory = _ => 2021,
    };

    private readonly Option<string?> _output = CommonOptions.Output();

    /// <summary>Creates the command.</summary>
    public SynthCommand(CliConsole console)
        : base("synth", "Write a synthetic catalog of any size (seeded, deterministic) to try phonerules at scale.", console)
    {
        Options.Add(_models);
        Options.Add(_sightings);
        Options.Add(_seed);
        Options.Add(_output);
        Range(_models, 1, MaxModels);
        Range(_sightings, 0, MaxSightings);
    }

    // Checked on the option's own token, not through GetValue: a value that does not parse as a number stays the
    // parser's error and never throws here.
    private static void Range(Option<int> option, int min, int max) => option.Validators.Add(result =>
    {
        if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && (value < min || value > max))
        {
            result.AddError($"{option.Name} must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }
    });

    /// <inheritdoc />
    protected override int Execute(ParseResult parse)
    {
        var models = parse.GetValue(_models);
        var sightings = parse.GetResult(_sightings) is null ? (int)System.Math.Min(MaxSightings, models * 10L) : parse.GetValue(_sightings);
        Console.Progress($"writing {models.ToString(CultureInfo.InvariantCulture)} models and {sightings.ToString(CultureInfo.InvariantCulture)} sightings");
        var yaml = SyntheticCatalog.Create(models, sightings, parse.GetValue(_seed)).ToYaml(Encoding.UTF8.GetString(CatalogSource.EmbeddedCatalog()));
        SafeWriter.Write(parse.GetValue(_output), yaml, Console);
        return ExitCodes.Ok;
    }
}
