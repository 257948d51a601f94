#!/usr/bin/env bash
# Shows that a change leaves every output document byte-identical: builds lede.jar from BASE (a git
# revision, default main) in a temporary directory and from the working tree, runs
# src/bench/OutputDigests.java with each over every article of the evaluation data (../shared/data, or
# $LEDE_DATA), and compares the fingerprints. Exit 0 when they are all equal, 1 when any differs (the
# differing articles are listed).
#
#   src/bench/output-check.sh [BASE]        # MAVEN_ARGS=-o for an offline build
#
# BASE_DIGESTS=FILE reuses the base's fingerprints from FILE (written by an earlier run with
# KEEP_BASE_DIGESTS=FILE) instead of building and running BASE again.
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-main}
data=${LEDE_DATA:-../shared/data}
data=$(cd "$data" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [[ -n "${BASE_DIGESTS:-}" ]]; then
  echo "base fingerprints from $BASE_DIGESTS" >&2
  cp "$BASE_DIGESTS" "$tmp/base.txt"
else
  echo "building $base ..." >&2
  mkdir "$tmp/base"
  git archive "$base" | tar -x -C "$tmp/base"
  (cd "$tmp/base" && ./mvnw -B -q ${MAVEN_ARGS:-} -DskipTests package >&2)
fi
echo "building the working tree ..." >&2
./mvnw -B -q ${MAVEN_ARGS:-} -DskipTests package >&2

echo "fingerprinting $data ..." >&2
if [[ -z "${BASE_DIGESTS:-}" ]]; then
  java -cp "$tmp/base/target/lede.jar" src/bench/OutputDigests.java "$data" > "$tmp/base.txt"
  if [[ -n "${KEEP_BASE_DIGESTS:-}" ]]; then cp "$tmp/base.txt" "$KEEP_BASE_DIGESTS"; fi
fi
java -cp target/lede.jar src/bench/OutputDigests.java "$data" > "$tmp/head.txt"
if cmp -s "$tmp/base.txt" "$tmp/head.txt"; then
  echo "identical: $(tail -1 "$tmp/head.txt")"
else
  echo "DIFFERENT outputs ($base vs working tree):"
  diff "$tmp/base.txt" "$tmp/head.txt" | grep '^[<>]' | head -40
  exit 1
fi
