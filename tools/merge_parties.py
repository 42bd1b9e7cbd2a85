#!/usr/bin/env python3
"""Merge research party rows (FORMAT.md) into data/treaties/<id>.yaml, rewriting the parties
section. Rows in the update replace signed/consent/consent_type/is_party/source/verified/note of
the same state; reservations already in the data are kept unless the update gives its own."""
import json, sys, yaml

FIELDS = ["state", "signed", "consent", "consent_type", "is_party", "in_force", "withdrawn"]

def q(v):
    return json.dumps(v, ensure_ascii=False)

def emit_row(r):
    out = [f'  - state: {q(r["state"])}']
    for k in FIELDS[1:]:
        if k in r and r[k] is not None and r[k] != "":
            v = r[k]
            if isinstance(v, bool):
                out.append(f"    {k}: {'true' if v else 'false'}")
            elif k == "consent_type":
                out.append(f"    {k}: {v}")
            else:
                out.append(f"    {k}: {q(str(v))}")
    out.append(f'    source: {q(r["source"])}')
    if r.get("verified") is False:
        out.append("    verified: false")
    if r.get("note"):
        out.append(f'    note: {q(r["note"])}')
    if r.get("reservations"):
        out.append("    reservations:")
        for res in r["reservations"]:
            out.append(f'      - article: {q(str(res["article"]))}')
            for k in ["kind", "text", "effect"]:
                out.append(f"        {k}: {q(res[k]) if k == 'text' else res[k]}")
            if res.get("values"):
                out.append(f"        values: [{', '.join(q(v) for v in res['values'])}]")
            out.append(f'        source: {q(res["source"])}')
            if res.get("verified") is False:
                out.append("        verified: false")
            if res.get("note"):
                out.append(f'        note: {q(res["note"])}')
    return "\n".join(out)

def main(data_file, update_file):
    text = open(data_file, encoding="utf-8").read()
    head, sep, _ = text.partition("\nparties:\n")
    assert sep, "no parties section"
    current = {r["state"]: r for r in (yaml.safe_load(text).get("parties") or [])}
    update = yaml.safe_load(open(update_file, encoding="utf-8"))
    for r in update.get("parties") or []:
        old = current.get(r["state"], {})
        merged = {k: v for k, v in r.items() if k != "reservations"}
        merged["reservations"] = r.get("reservations") or old.get("reservations")
        current[r["state"]] = merged
    rows = [emit_row(current[s]) for s in sorted(current)]
    open(data_file, "w", encoding="utf-8").write(head + "\nparties:\n" + "\n".join(rows) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
