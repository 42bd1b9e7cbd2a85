#!/usr/bin/env bash
# `batch` and `matrix` share their work out among threads; the report must not depend on how
# many. Runs each with one thread and with three over inputs large enough for several blocks
# (batch answers 512 rows a block), valid and bad rows mixed, and compares the outputs whole.
set -euo pipefail
treaty=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

{
  echo "requesting,requested,offence,measure,date,facts"
  states=(KZ US RU CN DE FR KG UZ GB TR IT AE)
  for i in $(seq 0 1399); do
    a=${states[$((i % 12))]} b=${states[$(((i * 7 + 3) % 12))]}
    [ "$a" = "$b" ] && b=PS
    case $((i % 9)) in
      0) echo "$a,$b,money-laundering,extradition,2020-02-30," ;;       # impossible date
      1) echo "$a,ZZ,fraud,mla,2021-01-01," ;;                           # unknown state
      *) echo "$a,$b,money-laundering,$([ $((i % 2)) = 0 ] && echo mla || echo extradition),20$((10 + i % 15))-06-01,transnational=yes;person-nationality=$b" ;;
    esac
  done
} >"$work/queries.csv"

fail=0
for format in csv jsonl markdown; do
  for jobs in 1 3; do
    "$treaty" batch "$work/queries.csv" --format "$format" --jobs "$jobs" \
      >"$work/out-$format-$jobs" 2>"$work/err-$format-$jobs" || true
  done
  for stream in out err; do
    if ! cmp -s "$work/$stream-$format-1" "$work/$stream-$format-3"; then
      echo "batch --format $format: std$stream differs between --jobs 1 and --jobs 3"
      diff "$work/$stream-$format-1" "$work/$stream-$format-3" | head -20
      fail=1
    fi
  done
done
# The rows were really answered, and the bad ones reported in input order.
bad=$(grep -c 'queries.csv:[0-9]*: ' "$work/err-csv-3" || true)
if [ "$bad" != 312 ]; then
  echo "expected 312 bad rows (an impossible date or an unknown state), got $bad"
  fail=1
fi
if ! grep -o 'queries.csv:[0-9]*: ' "$work/err-csv-3" | tr -dc '0-9\n' | sort -n -c; then
  echo "bad rows are not reported in input order"
  fail=1
fi

for jobs in 1 3; do
  "$treaty" matrix -o money-laundering -m mla -d 2024-05-01 --format csv \
    -s KZ,US,RU,CN,DE,FR,KG,UZ,GB,TR,IT,AE,PS --jobs "$jobs" >"$work/matrix-$jobs"
done
if ! cmp -s "$work/matrix-1" "$work/matrix-3"; then
  echo "matrix differs between --jobs 1 and --jobs 3"
  fail=1
fi
exit $fail
