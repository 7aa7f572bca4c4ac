#!/usr/bin/env bash
# Packs PhoneRules.Schema and PhoneRules.Generator into a local folder feed, copies samples/Lighthouses (a
# catalog of another domain) to a clean folder, restores the packages from that feed into an empty package
# cache, builds and runs it; then breaks its catalog and checks the build fails at the YAML line.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

sample="$work/Lighthouses"
cp -r "$root/samples/Lighthouses" "$sample"
rm -rf "$sample/bin" "$sample/obj" "$sample/feed"

echo "== pack PhoneRules.Schema and PhoneRules.Generator"
dotnet pack "$root/src/PhoneRules.Schema" -c Release -o "$sample/feed" --nologo -v q
dotnet pack "$root/generator/PhoneRules.Generator" -c Release -o "$sample/feed" --nologo -v q

echo "== add the package the standard way, then restore, build and run the sample from scratch"
export NUGET_PACKAGES="$work/nuget-cache"
cd "$sample"
# Drop the reference and add it as IDEs and the README do: the project must build with nothing else.
sed -i '/<PackageReference Include="PhoneRules.Generator"/d' Lighthouses.csproj
dotnet add package PhoneRules.Generator --version "$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")"
grep -q '<PackageReference Include="PhoneRules.Generator"' Lighthouses.csproj || fail "dotnet add package wrote no reference"
dotnet build -c Release --nologo -v q
output=$(dotnet run -c Release --no-build)
echo "$output"
[ "$(echo "$output" | sed -n 1p)" = "3 lighthouses; tall: Fastnet" ] || fail "unexpected first line"
[ "$(echo "$output" | sed -n 2p)" = "Fastnet first lit 1854; Longstone's keeper: Grace Darling" ] || fail "unexpected second line"

echo "== a catalog of another name, chosen by item metadata"
mkdir -p data
git mv catalog.yaml data/lights.yaml 2>/dev/null || mv catalog.yaml data/lights.yaml
sed -i 's#</Project>#  <ItemGroup>\n    <AdditionalFiles Include="data/lights.yaml" PhoneRulesCatalog="true" />\n  </ItemGroup>\n</Project>#' Lighthouses.csproj
dotnet build -c Release --nologo -v q
[ "$(dotnet run -c Release --no-build | sed -n 1p)" = "3 lighthouses; tall: Fastnet" ] || fail "the renamed catalog was not read"
mv data/lights.yaml catalog.yaml
sed -i '/PhoneRulesCatalog/d' Lighthouses.csproj

echo "== past PhoneRulesMaxNamedEntities the catalog is compiled as text: the same data, no named members"
cp Program.cs "$work/Program.named.cs"
sed -i 's/Catalog\.Lighthouses\.Fastnet\./Catalog.Lighthouses.Get("fastnet")./; s/Catalog\.Lighthouses\.Longstone\./Catalog.Lighthouses.Get("longstone")./' Program.cs
grep -q 'Catalog.Lighthouses.Fastnet' Program.cs && fail "the sample still names an entity"
dotnet build -c Release --nologo -v q -p:PhoneRulesMaxNamedEntities=0
[ "$(dotnet run -c Release --no-build -p:PhoneRulesMaxNamedEntities=0)" = "$output" ] || fail "the catalog compiled as text reads otherwise"
cp "$work/Program.named.cs" Program.cs
set +e
build=$(dotnet build -c Release --nologo -v q -p:PhoneRulesMaxNamedEntities=0 2>&1)
status=$?
set -e
[ "$status" != 0 ] && echo "$build" | grep -q "error CS0117: 'Catalog.Lighthouses' does not contain a definition for 'Fastnet'" \
  || { echo "$build"; fail "an entity of a catalog compiled as text is still a named member"; }
dotnet build -c Release --nologo -v q > /dev/null

echo "== a typo in the catalog fails the build at its line and column"
sed -i 's/^      height-m: 26$/      hieght-m: 26/' catalog.yaml
line=$(grep -n "hieght-m" catalog.yaml | cut -d: -f1)
set +e
build=$(dotnet build -c Release --nologo -v q 2>&1)
status=$?
set -e
[ "$status" != 0 ] || fail "the build succeeded with a broken catalog"
echo "$build" | grep -q "catalog.yaml($line,7): error PRG003: Lighthouse 'longstone' has no field 'hieght-m'; did you mean 'height-m'?" \
  || { echo "$build"; fail "no PRG003 at line $line"; }
echo "$build" | grep -q "CS0246" && fail "the broken catalog caused a cascade of CS0246"

echo "package: all checks passed"
