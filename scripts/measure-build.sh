#!/usr/bin/env bash
# Measures how long a project takes to build when its catalog holds N models: the shipped catalog with N
# synthetic models added (each with a series, a fuzzy release date and its sources), compiled by a fresh
# project that uses the generator built from this repository. Prints one line per size. An argument that names a
# file builds that catalog as it is (`phonerules synth --models 100000 --sightings 1000000 -o big.yaml`); arguments
# after -- go to dotnet build (-p:PhoneRulesMaxNamedEntities=0 compiles every catalog as its text).
#   bash scripts/measure-build.sh 2000 8000 25000
#   bash scripts/measure-build.sh 25000 big.yaml -- -p:PhoneRulesMaxNamedEntities=100000
set -euo pipefail

sizes=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sizes+=("$1"); shift; done
[ $# -gt 0 ] && shift
build_args=("$@")

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/generator/PhoneRules.Generator" -c Release --nologo -v q > /dev/null
generator="$root/generator/PhoneRules.Generator/bin/Release/netstandard2.0"
yamldotnet=$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/yamldotnet" -path '*/lib/netstandard2.0/YamlDotNet.dll' | sort | tail -1)

cat > "$work/Scale.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NoWarn>CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Include="catalog.yaml" />
    <CompilerVisibleProperty Include="PhoneRulesLimits;PhoneRulesMaxNamedEntities" />
    <Reference Include="$generator/PhoneRules.Schema.dll" />
    <Analyzer Include="$generator/PhoneRules.Generator.dll;$generator/PhoneRules.Schema.dll;$yamldotnet" />
  </ItemGroup>
</Project>
PROJECT

[ ${#sizes[@]} -gt 0 ] || sizes=(2000 8000)
for models in "${sizes[@]}"; do
  if [ -f "$models" ]; then
    cp "$models" "$work/catalog.yaml"
  else
    # The synthetic models go first under the data section's PhoneModel, which the shipped catalog has.
    awk -v n="$models" '
      { print }
      /^  PhoneModel:$/ && !done {
        for (k = 0; k < n; k++) {
          printf "    synthetic-%d:\n      name: Synthetic %d\n      series: arirang\n      sold-as-domestic: true\n", k, k
          printf "      released: %d-%02d~\n      released-by: [reg-arirang]\n      confidence: medium\n      sources: [reg-arirang]\n", 2013 + k % 8, 1 + k % 12
        }
        done = 1
      }' "$root/catalog.yaml" > "$work/catalog.yaml"
  fi
  dotnet build-server shutdown > /dev/null 2>&1 || true
  start=$(date +%s.%N)
  dotnet build "$work" -c Release --nologo -v q "${build_args[@]}" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  end=$(date +%s.%N)
  what=$models; [ -f "$models" ] && what="$(basename "$models") ($(stat -c %s "$models") bytes)" || what="$models models"
  awk -v n="$what" -v s="$start" -v e="$end" 'BEGIN { printf "%s: build %.1f s (fresh compiler server)\n", n, e - s }'
done
