#!/usr/bin/env bash
# Runs one golden CLI case: tests/cli/<case>/cmd holds one shell command line that calls
# `treaty` (run from the source folder, with the built binary first on PATH); stdout, stderr and
# exit hold the expected output, compared whole.
# UPDATE_GOLDEN=1 rewrites the expected files from the actual run.
set -u
treaty=$1 case_dir=$2 source_dir=$3
cd "$source_dir" || exit 2
command=$(cat "$case_dir/cmd")
actual_out=$(mktemp) actual_err=$(mktemp) cache=$(mktemp -d)
trap 'rm -rf "$actual_out" "$actual_err" "$cache"' EXIT
bin_dir=$(cd "$(dirname "$treaty")" && pwd)
env -u TREATY_DATA NO_COLOR=1 XDG_CACHE_HOME="$cache" PATH="$bin_dir:$PATH" bash -c "$command" >"$actual_out" 2>"$actual_err"
status=$?
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual_out" "$case_dir/stdout"
  cp "$actual_err" "$case_dir/stderr"
  echo "$status" >"$case_dir/exit"
  echo "updated $case_dir"
  exit 0
fi
failed=0
for stream in stdout stderr; do
  actual=$actual_out
  [ "$stream" = stderr ] && actual=$actual_err
  if ! diff -u "$case_dir/$stream" "$actual" >/dev/null; then
    echo "--- $stream differs (expected vs actual):"
    diff -u "$case_dir/$stream" "$actual"
    failed=1
  fi
done
expected_status=$(cat "$case_dir/exit")
if [ "$status" != "$expected_status" ]; then
  echo "--- exit status: expected $expected_status, got $status"
  failed=1
fi
exit $failed
