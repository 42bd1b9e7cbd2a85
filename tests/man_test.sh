#!/usr/bin/env bash
# The manual matches the program: it lints clean, every option that `--help` shows for each command
# is in it, and every example line starting with `$ treaty ` runs (exit 0 or 1, never 2).
set -u
treaty=$1 source_dir=$2
man="$source_dir/man/treaty.1"
cd "$source_dir" || exit 2
failed=0
if command -v mandoc >/dev/null; then
  lint=$(mandoc -T lint -W warning "$man" 2>&1)
  if [ -n "$lint" ]; then
    echo "--- mandoc -T lint:"; echo "$lint"; failed=1
  fi
else
  echo "--- mandoc is not installed"; failed=1
fi
rendered=$(mandoc -T ascii "$man" 2>/dev/null | sed "s/.\x08//g")
commands=$("$treaty" --help | awk '/^Subcommands:/{on=1;next} on && !NF{exit} on{print $1}')
for cmd in "" $commands; do
  for opt in $("$treaty" $cmd --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
    if ! grep -qF -- "$opt" <<<"$rendered"; then
      echo "--- option $opt of 'treaty $cmd' is not in the man page"; failed=1
    fi
  done
  if [ -n "$cmd" ] && ! grep -qE "^ +treaty .*$cmd" <<<"$rendered"; then
    echo "--- command $cmd is not in the man page"; failed=1
  fi
done
bin_dir=$(cd "$(dirname "$treaty")" && pwd)
examples=$(sed -n 's/^\$ treaty /treaty /p' "$man" | sed 's/\\-/-/g; s/\\e/\\/g')
[ -n "$examples" ] || { echo "--- the man page has no examples"; failed=1; }
while IFS= read -r example; do
  [ -n "$example" ] || continue
  env -u TREATY_DATA PATH="$bin_dir:$PATH" bash -c "$example" >/dev/null 2>&1
  status=$?
  if [ "$status" -gt 1 ]; then
    echo "--- example exits $status: $example"; failed=1
  fi
done <<<"$examples"
[ "$failed" = 0 ] && echo "man page: lint clean, options documented, $(echo "$examples" | wc -l) examples run"
exit $failed
