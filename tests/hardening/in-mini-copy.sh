#!/usr/bin/env bash
# For golden cases whose bad input is made when the test runs: too large to commit, or a
# symbolic link, a FIFO or a permission that git does not keep. Copies tests/data/mini to `data`
# in a scratch folder, runs SETUP there (a bash line that damages it), then COMMAND, and returns
# COMMAND's status. Run from the source folder, as tests/run_cli_case.sh does.
# usage: bash tests/hardening/in-mini-copy.sh SETUP COMMAND [ARG...]
set -u
setup=$1
shift
scratch=$(mktemp -d)
trap 'chmod -R u+rwx "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
cp -r tests/data/mini "$scratch/data" || exit 99
cd "$scratch" || exit 99
if ! bash -c "$setup"; then
  echo "in-mini-copy.sh: the setup failed: $setup" >&2
  exit 99
fi
"$@"
