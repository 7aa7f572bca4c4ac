#!/usr/bin/env bash
# The generator's first run in a fresh compiler (#18 item 7): builds src/PhoneRules.Model on the shipped catalog N
# times (11 unless given), each time in a new compiler process, and prints the time the compiler's own report
# (-p:ReportAnalyzer=true) gives PhoneRules.Generator.CatalogGenerator, every run and the median, beside the time of
# every generator together. The generator and its ReadyToRun copies are built first, once.
#   bash scripts/measure-generator.sh 15
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-11}
case $runs in '' | *[!0-9]*) echo "usage: measure-generator.sh [RUNS]" >&2; exit 2 ;; esac

dotnet build "$root/src/PhoneRules.Model" -c Release --nologo -v q > /dev/null
ours=()
all=()
for _ in $(seq "$runs"); do
  # No compiler server survives from one run to the next (the build also passes UseSharedCompilation=false).
  dotnet build-server shutdown > /dev/null 2>&1 || true
  log=$(dotnet build "$root/src/PhoneRules.Model" -c Release --nologo --no-incremental --no-dependencies \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d)
  ours+=("$(awk '$NF == "PhoneRules.Generator.CatalogGenerator" { print $1 * 1000; exit }' <<< "$log")")
  all+=("$(awk '/Total generator execution time:/ { print $5 * 1000; exit }' <<< "$log")")
done

# shellcheck source=median.sh
source "$root/scripts/median.sh"
echo "command timed: dotnet build src/PhoneRules.Model -c Release --no-incremental --no-dependencies -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PhoneRules.Generator.CatalogGenerator, ms: $(printf '%s\n' "${ours[@]}" | sort -n | tr '\n' ' ')median $(printf '%s\n' "${ours[@]}" | median)"
echo "every generator, ms: $(printf '%s\n' "${all[@]}" | sort -n | tr '\n' ' ')median $(printf '%s\n' "${all[@]}" | median)"
