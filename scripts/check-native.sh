#!/usr/bin/env bash
# The native build (-p:PhoneRulesNative=true: Native AOT, one executable for this machine's platform) against the
# jitted console built from the same sources: each command below runs in a fresh folder with each build, and its
# standard output, standard error, exit code and the files it writes must be the same. Then `lsp`, which the native
# build leaves out, must say so with exit code 2. Prints the native executable's size and each command checked.
# Needs the platform's C toolchain (gcc or clang), as Native AOT does.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

echo "== build the jitted console and publish the native one ($rid)"
dotnet build "$root/src/PhoneRules.Cli" -c Release --nologo -v q -o "$work/jit" > "$work/jit.log" 2>&1 || { tail -n 30 "$work/jit.log" >&2; fail "the jitted build"; }
dotnet publish "$root/src/PhoneRules.Cli" -c Release -r "$rid" -p:PhoneRulesNative=true --nologo -v q -o "$work/native" > "$work/native.log" 2>&1 || { tail -n 30 "$work/native.log" >&2; fail "the native build"; }
echo "native executable: $(du -k "$work/native/phonerules" | cut -f1) KB"

# A catalog with an error (a date that is no date), for the error paths.
cat > "$work/bad.yaml" <<'YAML'
schema:
  PhoneModel:
    key: id
    fields:
      released: { type: date }
data:
  PhoneModel:
    - id: x
      released: 2019-13
YAML

cases=(
  "--version"
  "--help"
  "rules"
  "schema"
  "analyze --builtin"
  "analyze --builtin --format json"
  "analyze --builtin --format sarif"
  "analyze --builtin --format markdown"
  "analyze --builtin --format github --min-severity warning"
  "analyze --builtin --explain"
  "analyze --builtin --rule PR003 PR011 --explain"
  "explain PR001"
  "explain PR001 --subject chollyong-201 --builtin"
  "explain PR003 --subject 2020 --builtin"
  "explain PRG004"
  "validate --builtin"
  "validate bad.yaml"
  "analyze --catalog bad.yaml"
  "analyze --catalog missing.yaml"
  "catalog --builtin"
  "report --builtin -o report.html"
  "synth --models 300 --sightings 3000 -o synthetic.yaml"
  "init starter"
  "analyze --no-such-option"
)

# Each build runs in the same folder, emptied in between, so paths in messages are the same.
run() {
  local output=$1; shift
  rm -rf "$work/run" && mkdir "$work/run" && cp "$work/bad.yaml" "$work/run/bad.yaml"
  (cd "$work/run" && "$@" > stdout 2> stderr; echo $? > exit-code) || true
  rm -rf "$output" && mv "$work/run" "$output"
}

for command in "${cases[@]}"; do
  read -r -a words <<< "$command"
  run "$work/out-jit" dotnet "$work/jit/phonerules.dll" "${words[@]}"
  run "$work/out-native" "$work/native/phonerules" "${words[@]}"
  if [[ ${words[0]} == init ]]; then
    # init prints how to run the tool it was started as: dotnet .../phonerules.dll against .../phonerules.
    rm "$work/out-jit/stdout" "$work/out-native/stdout"
  fi
  if ! diff -r "$work/out-jit" "$work/out-native" > "$work/diff"; then
    head -n 20 "$work/diff" >&2
    fail "phonerules $command: the native build differs from the jitted one"
  fi
  echo "same: phonerules $command (exit $(cat "$work/out-jit/exit-code"))"
done

# A synthetic catalog analysed by both: every rule fires on it, through the interpreted conditions.
run "$work/out-jit" dotnet "$work/jit/phonerules.dll" synth --models 2000 --sightings 20000 -o "$work/synthetic.yaml"
for build in jit native; do
  exe=("$work/native/phonerules"); [[ $build == jit ]] && exe=(dotnet "$work/jit/phonerules.dll")
  "${exe[@]}" analyze --catalog "$work/synthetic.yaml" --format json -o "$work/synthetic-$build.json" || [[ $? == 1 ]]
done
cmp "$work/synthetic-jit.json" "$work/synthetic-native.json" || fail "the synthetic catalog's findings differ"
echo "same: analyze a synthetic catalog of 2,000 models and 20,000 sightings ($(wc -c < "$work/synthetic-jit.json") bytes of JSON)"

status=0
"$work/native/phonerules" lsp < /dev/null > "$work/lsp.out" 2> "$work/lsp.err" || status=$?
[[ $status == 2 ]] || fail "native lsp exited with $status, not 2"
grep -q "lsp is not in the native build" "$work/lsp.err" || fail "native lsp said: $(cat "$work/lsp.err")"
echo "native lsp: refused with exit code 2"
echo "check-native: the native build matches the jitted one"
