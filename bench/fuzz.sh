#!/usr/bin/env bash
# Runs every Fuzz* target in the repository for FUZZTIME each (default
# 30s), one after another, and lists the crashers found. A crasher is a
# bug: go test writes its reproducer to <package>/testdata/fuzz/<Target>/
# and `go test -run <Target>/<file> ./<package>` replays it. The seed
# corpora already run in the normal `go test ./...`.
#
#   bench/fuzz.sh                 # every target, 30s each
#   FUZZTIME=5s bench/fuzz.sh     # a quick pass
#   FUZZPARALLEL=1 bench/fuzz.sh  # leave a core to others
set -uo pipefail
cd "$(dirname "$0")/.."

FUZZTIME=${FUZZTIME:-30s}
PARALLEL=()
if [ -n "${FUZZPARALLEL:-}" ]; then PARALLEL=(-parallel "$FUZZPARALLEL"); fi

failed=()
ran=0
# Targets are found in the sources, so a new one is picked up without
# editing this script.
while IFS= read -r file; do
  dir=./$(dirname "${file#./}")
  for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*testing\.F).*/\1/p' "$file"); do
    echo "== $dir $target ($FUZZTIME)"
    ran=$((ran + 1))
    if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" "${PARALLEL[@]}" "$dir"; then
      failed+=("$dir $target")
    fi
  done
done < <(grep -rl --include='*_test.go' --exclude-dir=node_modules --exclude-dir=.git '^func Fuzz' . | sort)

echo
echo "fuzz: $ran targets run for $FUZZTIME each"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED targets (reproducers under each package's testdata/fuzz/<Target>/):"
  printf '  %s\n' "${failed[@]}"
  git status --short -- '*testdata/fuzz/*' 2>/dev/null | sed 's/^/  new corpus file: /'
  exit 1
fi
echo "fuzz: no crashers"
