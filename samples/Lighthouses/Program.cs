using System;
using System.Globalization;
using System.Linq;
using Lights;

// Typed records, named members and lookups, generated at build time from catalog.yaml.
var tall = Catalog.Lighthouses.All.Where(l => l.HeightM >= Catalog.Settings.TallMetres).Select(l => l.Name);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Catalog.Lighthouses.All.Count} lighthouses; tall: {string.Join(", ", tall)}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fastnet first lit {Catalog.Lighthouses.Fastnet.FirstLit}; Longstone's keeper: {Catalog.Lighthouses.Get("longstone").Keepers[0].Name}"));
return Catalog.Lighthouses.Longstone.Status == Status.Active ? 0 : 1;
