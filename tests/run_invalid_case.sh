#!/usr/bin/env bash
# Runs one invalid-data case: tests/invalid-data/<defect>/ holds one tiny file laid over the valid
# test dataset tests/data/mini (same relative path), and `expected`, the whole stderr of
# `treaty validate`, which must exit 2. UPDATE_GOLDEN=1 rewrites `expected`.
set -u
treaty=$1 case_dir=$2 source_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/tests/data/mini" "$work/data"
(cd "$case_dir" && find . -type f ! -name expected ! -name README -print0 |
  while IFS= read -r -d '' f; do mkdir -p "$work/data/$(dirname "$f")"; cp "$f" "$work/data/$f"; done)
actual=$(cd "$work" && "$treaty" validate --data data 2>&1 >/dev/null)
status=$?
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  printf '%s\n' "$actual" >"$case_dir/expected"
  echo "updated $case_dir"
  exit 0
fi
failed=0
if [ "$status" != 2 ]; then
  echo "--- exit status: expected 2, got $status"
  failed=1
fi
if ! diff -u "$case_dir/expected" <(printf '%s\n' "$actual"); then
  failed=1
fi
exit $failed
