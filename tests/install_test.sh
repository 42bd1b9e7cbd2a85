#!/usr/bin/env bash
# `cmake --install` into a temporary prefix: the binary, the man page, the completions and the
# dataset land where they should, and the installed dataset is valid and has its exercises.
set -u
build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" >/dev/null || { echo "cmake --install failed"; exit 1; }
failed=0
for f in bin/treaty share/man/man1/treaty.1 share/bash-completion/completions/treaty \
  share/zsh/site-functions/_treaty share/treaty/data/dataset.yaml share/treaty/data/SCHEMA.md; do
  [ -e "$prefix/$f" ] || { echo "missing: $f"; failed=1; }
done
data=$prefix/share/treaty/data
out=$("$prefix/bin/treaty" --data "$data" validate 2>&1) || { echo "$out"; failed=1; }
"$prefix/bin/treaty" --data "$data" exercise verify >/dev/null 2>&1 ||
  { echo "exercise verify fails on the installed dataset"; failed=1; }
exit $failed
