#!/usr/bin/env python3
"""Converts a convention text in the shared reference format (markdown, `### Article N`,
`####Title`, paragraphs) into data/texts/<id>.yaml, which the loader validates and `treaty show`
prints. Usage: tools/texts_from_markdown.py TEXT.md ID > data/texts/ID.yaml"""
import json, re, sys


def main(path, ident):
    text = open(path, encoding="utf-8").read()
    meta = {}
    if text.startswith("---"):
        head, _, text = text[3:].partition("---")
        for line in head.splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    parts = re.split(r"(?m)^###\s+Article\s+(\d+)\s*$", text)
    print(f"# The English text of {meta.get('title', ident)}, article by article.")
    print(f"instrument: {ident}")
    src = f"{meta.get('source_repository', '')} {meta.get('source_path', '')} (commit {meta.get('source_commit', '')})".strip()
    print(f"source: {json.dumps('Official English text, as published in ' + src, ensure_ascii=False)}")
    print("articles:")
    for i in range(1, len(parts), 2):
        number, body = parts[i], parts[i + 1]
        lines = [l.rstrip() for l in body.strip().splitlines()]
        title = ""
        if lines and lines[0].startswith("####"):
            title = lines[0].lstrip("#").strip()
            lines = lines[1:]
        paragraphs = [" ".join(line.split()) for line in lines if line.strip()]
        paragraphs = [p for p in paragraphs if not p.startswith("#")]
        print(f"  - number: {json.dumps(number)}")
        if title:
            print(f"    title: {json.dumps(title, ensure_ascii=False)}")
        print("    text: |-")
        for p in paragraphs:
            print("      " + p)
            print("")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
