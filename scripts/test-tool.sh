#!/usr/bin/env bash
# Packs the console as the PhoneRules.Tool .NET tool, installs it from a local folder feed into a temporary
# tool path, and uses it on a catalog outside this repository, with no source tree around:
#   - --version, init, validate, analyze --format sarif, a failing --fail-on;
#   - the README's CI recipe, extracted from README.md and run as written, in a git repository of its own.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")
echo "== pack PhoneRules.Tool $version as a release (-p:PhoneRulesRelease=true): the plain version"
dotnet pack "$root/src/PhoneRules.Cli" -c Release -o "$work/feed" -p:PhoneRulesRelease=true --nologo -v q
test -f "$work/feed/PhoneRules.Tool.$version.nupkg" || fail "a release pack wrote $(ls "$work/feed"), not PhoneRules.Tool.$version.nupkg"
# ReadyToRun packages for the platforms the README names, and the portable fallback for every other.
for platform in linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64 any; do
  test -f "$work/feed/PhoneRules.Tool.$platform.$version.nupkg" || fail "no PhoneRules.Tool.$platform.$version package"
done
[ "$(ls "$work/feed" | grep -c 'dev')" = 0 ] || fail "a release pack wrote a dev version: $(ls "$work/feed")"

echo "== install into a temporary tool path"
dotnet tool install PhoneRules.Tool --version "$version" --tool-path "$work/tools" --add-source "$work/feed"
phonerules="$work/tools/phonerules"

# A model unveiled eight months after release: one new PR001 warning.
late_model="$(cat <<'YAML'

  PhoneModel:
    late-one:
      name: Late One
      series: example-series
      sold-as-domestic: true
      released: 2019-01
      released-by: [un-2397]
      unveiled: 2019-09
      unveiled-by: [un-2397]
      confidence: medium
      sources: [un-2397]
YAML
)"

echo "== --version: the version and the commit it was built from"
commit=$(git -C "$root" rev-parse --short HEAD)
[ "$("$phonerules" --version)" = "$version+$commit" ] || fail "--version is $("$phonerules" --version), not $version+$commit"

echo "== init, validate, analyze in a folder outside the repository"
cd "$work"
mkdir elsewhere && cd elsewhere
"$phonerules" init . > /dev/null
test -f catalog.yaml && test -f catalog.schema.json && test -f .vscode/settings.json || fail "init did not write its files"
"$phonerules" validate > /dev/null || fail "validate rejected the starter catalog"
printf '%s\n' "$late_model" >> catalog.yaml
"$phonerules" validate catalog.yaml > /dev/null || fail "validate rejected the catalog with a model"
"$phonerules" analyze --catalog catalog.yaml --format sarif --output results.sarif
grep -q '"ruleId": "PR001"' results.sarif || fail "the SARIF has no PR001 result"
grep -q "\"version\": \"$version\"" results.sarif || fail "the SARIF does not carry the tool version"
set +e
"$phonerules" analyze --catalog catalog.yaml --fail-on warning > /dev/null
status=$?
set -e
[ "$status" = 1 ] || fail "--fail-on warning exited $status, not 1"

echo "== the README's install commands, as written, in a fresh clone"
git clone -q "$root" "$work/clone"
awk '/<!-- tool-install:start -->/{on=1; next} /<!-- tool-install:end -->/{on=0} on && !/^```/' "$root/README.md" > "$work/install.sh"
[ -s "$work/install.sh" ] || fail "no install commands found in README.md"
(cd "$work/clone" && bash -e "$work/install.sh" > "$work/install.out") || fail "the README's install commands failed"
grep -qx '  .tools/phonerules validate my-catalog/catalog.yaml' "$work/install.out" \
  || fail "init did not print the next command as the README's user types it: $(cat "$work/install.out")"
test -f "$work/clone/my-catalog/catalog.yaml" || fail "the install commands wrote no starter catalog"

echo "== a local build is a prerelease, and the README's update commands pick up a rebuilt tool"
installed() { dotnet tool list --tool-path "$work/clone/.tools" | awk '$1 == "phonerules.tool" { print $2 }'; }
first=$(installed)
[[ "$first" =~ ^${version//./\\.}-dev\.[0-9]{8}\.(0|[1-9][0-9]{0,5})$ ]] || fail "a local build installed version '$first', not $version-dev.YYYYMMDD.HHMMSS (the time without leading zeros)"
awk '/<!-- tool-update:start -->/{on=1; next} /<!-- tool-update:end -->/{on=0} on && !/^```/' "$root/README.md" > "$work/update.sh"
[ -s "$work/update.sh" ] || fail "no update commands found in README.md"
sleep 1 # the version counts seconds; a pack takes longer anyway
(cd "$work/clone" && bash -e "$work/update.sh" > "$work/update.out") || fail "the README's update commands failed: $(cat "$work/update.out")"
second=$(installed)
# Newer by the stamp as one number (YYYYMMDD then HHMMSS): its time has no leading zeros, so as text
# ...20261128.243 sorts before ...20261128.8 although it was built two minutes later.
stamp() { local date=${1%.*}; date=${date##*.}; echo $(( 10#$date * 1000000 + 10#${1##*.} )); }
(( $(stamp "$second") > $(stamp "$first") )) || fail "dotnet tool update kept $first after a rebuild (now $second)"

echo "== the README's CI recipe, as written"
recipe="$work/recipe.sh"
awk '/<!-- ci-recipe:start -->/{on=1; next} /<!-- ci-recipe:end -->/{on=0} on && !/^```/' "$root/README.md" > "$recipe"
[ -s "$recipe" ] || fail "no recipe found in README.md"
repo="$work/catalog-repo"
mkdir "$repo" && cd "$repo"
git init -q && git config user.email ci@example.invalid && git config user.name ci
"$phonerules" init . > /dev/null
git add -A && git commit -qm "starter catalog"
git commit -q --allow-empty -m "nothing changed"
export PHONERULES_FEED="$work/feed"

bash -e "$recipe" || fail "the recipe failed on a commit that adds no finding"
test -f results.sarif || fail "the recipe wrote no results.sarif"

printf '%s\n' "$late_model" >> catalog.yaml
git commit -qam "a model unveiled late"
rm -rf .tools
set +e
bash -e "$recipe" > "$work/recipe.out" 2> "$work/recipe.err"
status=$?
set -e
[ "$status" = 1 ] || fail "the recipe exited $status on a commit with a new warning, not 1"
grep -qx 'phonerules: failed: 1 new finding at or above warning (--fail-on-new warning): PR001 late-one' "$work/recipe.err" \
  || fail "the failing recipe did not say why on standard error: $(cat "$work/recipe.err")"
grep -q '^::warning file=catalog.yaml,line=[0-9]*,col=5,title=PR001 late-announcement (new)::Late One was unveiled' "$work/recipe.out" \
  || fail "the recipe wrote no GitHub annotation for the new finding"
grep -q '"uriBaseId": "SRCROOT"' results.sarif || fail "the SARIF URIs are not relative to the repository root"
grep -q '"baselineState": "new"' results.sarif || fail "the SARIF does not mark the finding new"

echo "tool and recipe: all checks passed"
