#!/usr/bin/env bash
# Cold start of `phonerules analyze --builtin` (the shipped catalog, compiled into the tool) against a hello-world
# .NET console, measured in the same run, each run a new process: phonerules as the portable package has it
# (jitted) and as the platform package has it (ReadyToRun for this machine's RID), both started as `dotnet X.dll`,
# and the native build (-p:PhoneRulesNative=true, Native AOT) started as its executable; the hello world as
# `dotnet Hello.dll`, and natively too, for the like-for-like ratio. All Release. Prints the command timed and the
# medians.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

dotnet build "$root/src/PhoneRules.Cli" -c Release --nologo -v q -o "$work/portable" > /dev/null
dotnet publish "$root/src/PhoneRules.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --nologo -v q -o "$work/readytorun" > /dev/null
# The native builds need the platform's C toolchain; without one the script times the others.
native_ok=true
dotnet publish "$root/src/PhoneRules.Cli" -c Release -r "$rid" -p:PhoneRulesNative=true --nologo -v q -o "$work/native" > /dev/null || native_ok=false
mkdir "$work/hello-src" && cd "$work/hello-src"
dotnet new console -n Hello -o . --force > /dev/null
dotnet build -c Release --nologo -v q -o "$work/hello" > /dev/null
$native_ok && { dotnet publish -c Release -r "$rid" -p:PublishAot=true --nologo -v q -o "$work/hello-native" > /dev/null || native_ok=false; }
cd "$work"
# Run in an empty folder: with a catalog.yaml beside it, analyze would read that file instead.
command=(analyze --builtin)

# shellcheck source=median.sh
source "$root/scripts/median.sh"
time_ms() {
  local start end
  start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

for _ in 1 2; do
  dotnet portable/phonerules.dll "${command[@]}" > /dev/null
  dotnet readytorun/phonerules.dll "${command[@]}" > /dev/null
  dotnet hello/Hello.dll > /dev/null
  if $native_ok; then native/phonerules "${command[@]}" > /dev/null; hello-native/Hello > /dev/null; fi
done
portable=$(for _ in $(seq "$runs"); do time_ms dotnet portable/phonerules.dll "${command[@]}"; done | median)
readytorun=$(for _ in $(seq "$runs"); do time_ms dotnet readytorun/phonerules.dll "${command[@]}"; done | median)
hello=$(for _ in $(seq "$runs"); do time_ms dotnet hello/Hello.dll; done | median)
if $native_ok; then
  native=$(for _ in $(seq "$runs"); do time_ms native/phonerules "${command[@]}"; done | median)
  hello_native=$(for _ in $(seq "$runs"); do time_ms hello-native/Hello; done | median)
fi
echo "command timed: phonerules ${command[*]} (hello world: dotnet Hello.dll); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "phonerules, portable (jitted): median ${portable} ms of ${runs} runs"
echo "phonerules, ReadyToRun ${rid}: median ${readytorun} ms of ${runs} runs"
echo "hello world: median ${hello} ms of ${runs} runs"
awk -v p="$portable" -v r="$readytorun" -v h="$hello" 'BEGIN { printf "ratio portable: %.2f\nratio ReadyToRun: %.2f\n", p / h, r / h }'
if $native_ok; then
  echo "phonerules, native ${rid}: median ${native} ms of ${runs} runs; the hello world native: median ${hello_native} ms"
  awk -v n="$native" -v h="$hello" -v hn="$hello_native" 'BEGIN { printf "ratio native: %.2f (to the native hello world: %.2f)\n", n / h, n / (hn > 0 ? hn : 1) }'
else
  echo "native: not built (Native AOT needs the platform's C toolchain: gcc or clang)"
fi
