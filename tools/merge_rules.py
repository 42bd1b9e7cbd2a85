#!/usr/bin/env python3
"""Merge researched national procedure rules (one YAML per state, the state-file `rules` shape)
into data/states/<iso2>.yaml. Rules already in the state file are kept; procedure keys the schema
has no place for (postponement, transit, execution, basis, ...) become `notes`.

Usage: tools/merge_rules.py RESEARCH_DIR [--skip KZ:extradition.treaty_required,...]"""
import json, os, sys

import yaml

ROOT = os.path.join(os.path.dirname(__file__), "..")
ORDER = ["treaty_required", "reciprocity", "nationals", "min_penalty_years",
         "min_remaining_sentence_months", "refusal_grounds", "authority_receives", "authority_sends",
         "languages", "channel", "provisional_arrest_days", "urgent", "deadlines",
         "request_contents", "duty_to_prosecute", "notes"]
MEASURES = ["extradition", "mla", "transfer-of-proceedings", "transfer-of-sentenced-persons",
            "confiscation", "jit"]


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return json.dumps(" ".join(str(v).split()), ensure_ascii=False)


def item(d, indent):
    pad = " " * indent
    keys = [k for k in ["ground", "kind", "stage", "value", "values", "days", "text", "source",
                        "verified", "note"] if k in d and d[k] is not None]
    lines = []
    for i, k in enumerate(keys):
        lines.append((pad[:-2] + "- " if i == 0 else pad) + f"{k}: {q(d[k])}")
    return lines


def emit_rules(rules):
    out = ["rules:"]
    for m in MEASURES:
        if m not in rules:
            continue
        out.append(f"  {m}:")
        r = rules[m]
        for k in ORDER:
            if k not in r:
                continue
            v = r[k]
            if isinstance(v, list):
                out.append(f"    {k}:")
                for x in v:
                    out += item(x, 8)
            else:
                out.append(f"    {k}:")
                for line in item(v, 6):
                    out.append(line.replace("    - ", "      ", 1) if line.startswith("    - ") else line)
    return "\n".join(out) + "\n"


def main(research, skips):
    for f in sorted(os.listdir(research)):
        if not f.endswith(".yaml"):
            continue
        found = yaml.safe_load(open(os.path.join(research, f), encoding="utf-8"))
        path = os.path.join(ROOT, "data", "states", f)
        text = open(path, encoding="utf-8").read()
        head, sep, _ = text.partition("\nrules:\n")
        comments = [l for l in text.partition("\nrules:\n")[2].splitlines() if l.startswith("  #")]
        current = (yaml.safe_load(text) or {}).get("rules") or {}
        for m, rules in (found.get("rules") or {}).items():
            target = current.setdefault(m, {})
            for k, v in rules.items():
                if f"{found['iso2']}:{m}.{k}" in skips:
                    continue
                if k in ORDER and k != "notes":
                    target.setdefault(k, v)
                else:
                    notes = target.setdefault("notes", [])
                    for x in (v if isinstance(v, list) else [v]):
                        notes.append({kk: x.get(kk) for kk in ["text", "source", "verified", "note"]})
        body = emit_rules(current)
        if comments:
            body = body.replace("rules:\n", "rules:\n" + "\n".join(comments) + "\n", 1)
        open(path, "w", encoding="utf-8").write(head.rstrip("\n") + "\n" + body)


if __name__ == "__main__":
    skips = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[2] == "--skip" else set()
    main(sys.argv[1], skips)
