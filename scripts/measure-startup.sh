#!/usr/bin/env bash
# Cold start of `phonerules analyze --builtin` (the shipped catalog, compiled into the tool) against a hello-world .NET console, measured in
# the same run: both built in Release and started as `dotnet X.dll`, each run a new process. Prints medians.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/PhoneRules.Cli" -c Release --nologo -v q -o "$work/phonerules" > /dev/null
mkdir "$work/hello-src" && cd "$work/hello-src"
dotnet new console -n Hello -o . --force > /dev/null
dotnet build -c Release --nologo -v q -o "$work/hello" > /dev/null
cd "$work"
# Run in an empty folder: with a catalog.yaml beside it, analyze would read that file instead.
command=(analyze --builtin)

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_ms() {
  local start end
  start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

for _ in 1 2; do dotnet phonerules/phonerules.dll "${command[@]}" > /dev/null; dotnet hello/Hello.dll > /dev/null; done
analyze=$(for _ in $(seq "$runs"); do time_ms dotnet phonerules/phonerules.dll "${command[@]}"; done | median)
hello=$(for _ in $(seq "$runs"); do time_ms dotnet hello/Hello.dll; done | median)
echo "phonerules ${command[*]}: median ${analyze} ms of ${runs} runs"
echo "hello world: median ${hello} ms of ${runs} runs"
awk -v a="$analyze" -v h="$hello" 'BEGIN { printf "ratio: %.2f\n", a / h }'
