#!/usr/bin/env python3
"""Print the `articles:` list (number and title) of a convention text in the shared reference
format (`### Article N` followed by `####Title`), for pasting into data/treaties/<id>.yaml."""
import re
import sys


def articles(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    out = []
    for i, line in enumerate(lines):
        m = re.match(r"^###\s+Article\s+(\d+)\s*$", line)
        if not m:
            continue
        title = ""
        for nxt in lines[i + 1:i + 4]:
            t = re.match(r"^####\s*(.+?)\s*$", nxt)
            if t:
                title = t.group(1)
                break
            if nxt.strip():
                break
        out.append((m.group(1), title))
    return out


def main():
    print("articles:")
    for number, title in articles(sys.argv[1]):
        title = title.replace('"', '\\"')
        print(f'  - {{number: "{number}", title: "{title}"}}' if title else f'  - {{number: "{number}"}}')


if __name__ == "__main__":
    main()
