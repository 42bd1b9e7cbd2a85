#!/usr/bin/env python3
"""One-off import of the UN participants tables and the UN member list into data/.

Usage: tools/import_un_tables.py RESEARCH_DIR   (the folder with untoc.csv ... un-members.csv,
after-2013.csv, as written by the research for the world-dataset issue)

- data/states/<iso2>.yaml is created for every UN member state and every non-member party
  (Cook Islands, Niue, Holy See, European Union) that has none; existing files get the
  un_member/un_admitted keys if they lack them.
- Each UN instrument gets a party row for every participant of the depositary table (a copy of
  the UNTC participants table, status about mid-2013, in GitHub zmjones/untreaties) and for the
  parties dated after 2013; rows already in the file are kept as they are.
- complete_as_of is set to the latest date in the table: the list is complete up to then.
"""
import csv, json, os, re, sys

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(__file__)))
ROOT = os.path.join(os.path.dirname(__file__), "..")
DATA = os.path.join(ROOT, "data")

TABLES = {
    "untoc": ("XVIII-12", "data/18-12.csv", "3265c6ab727ba1041151e078a21ca255494c256a"),
    "untoc-trafficking-protocol": ("XVIII-12-a", "data/18-12.a.csv", "206bca3c814667333a8a51c28ecfef002ca1c77e"),
    "untoc-smuggling-protocol": ("XVIII-12-b", "data/18-12.b.csv", "206bca3c814667333a8a51c28ecfef002ca1c77e"),
    "untoc-firearms-protocol": ("XVIII-12-c", "data/18-12.c.csv", "88438c64e0f3c096f8c4d34e316ad3c8a78698de"),
    "uncac": ("XVIII-14", "data/18-14.csv", "3265c6ab727ba1041151e078a21ca255494c256a"),
    "vienna-1988": ("VI-19", "data/6-19.csv", "3265c6ab727ba1041151e078a21ca255494c256a"),
}
NON_MEMBERS = {
    "CK": ("Cook Islands", "COK", "Self-governing state in free association with New Zealand; not a UN member; a party to some UN conventions."),
    "NU": ("Niue", "NIU", "Self-governing state in free association with New Zealand; not a UN member; a party to some UN conventions."),
    "VA": ("Holy See", "VAT", "UN non-member observer state; a party to some UN conventions."),
    "EU": ("European Union", "", "A regional economic integration organization, not a state; a party to UNTOC, its protocols, UNCAC and the 1988 Vienna convention. ISO 3166-1 reserves the code EU exceptionally; there is no alpha-3 code."),
}


def q(v):
    return json.dumps(v, ensure_ascii=False)


def iso_names():
    entries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    return {e["alpha_2"]: e for e in entries}


def write_states(research):
    iso = iso_names()
    members = list(csv.DictReader(open(os.path.join(research, "un-members.csv"))))
    aliases = {}
    for inst in TABLES:
        for r in csv.DictReader(open(os.path.join(research, f"{inst}.csv"))):
            aliases.setdefault(r["iso2"], set()).add(r["participant"])
    member_source = ("UN member states with admission dates: GitHub onofreicl/ethos "
                     "docs/empathy/countries.md (commit 14c796c0d9e679f6b62ea1aebd5cb519bdfe9baf), "
                     "cross-checked against a second stored member list (search index file "
                     "8843182926)")
    rows = [(m["iso2"], True, m["admitted"]) for m in members]
    rows += [(code, False, None) for code in NON_MEMBERS]
    for code, member, admitted in rows:
        path = os.path.join(DATA, "states", code.lower() + ".yaml")
        if os.path.exists(path):
            text = open(path, encoding="utf-8").read()
            if "un_member:" not in text:
                extra = f"un_member: {'true' if member else 'false'}\n"
                if admitted:
                    extra += f'un_admitted: {q(admitted)}\n'
                text = re.sub(r'(?m)^(source: .*\n)', lambda m: extra + m.group(1), text, count=1)
                open(path, "w", encoding="utf-8").write(text)
            continue
        e = iso.get(code, {})
        if code in NON_MEMBERS:
            name, iso3, note = NON_MEMBERS[code]
        else:
            name, iso3, note = e.get("common_name", e.get("name")), e["alpha_3"], ""
        official = e.get("official_name", "")
        names = sorted(a for a in aliases.get(code, set()) if a not in (name, official))
        lines = [f"iso2: {q(code)}"]
        if iso3:
            lines.append(f"iso3: {q(iso3)}")
        lines.append(f"name: {q(name)}")
        if official:
            lines.append(f"official_name: {q(official)}")
        if names:
            lines.append("aliases: [" + ", ".join(q(n) for n in names) + "]")
        lines.append(f"un_member: {'true' if member else 'false'}")
        if admitted:
            lines.append(f"un_admitted: {q(admitted)}")
        source = "ISO 3166-1 (Debian iso-codes 4.15.0)"
        if member:
            source += "; " + member_source
        lines.append(f"source: {q(source)}")
        if note:
            lines.append(f"note: {q(note)}")
        open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")


def import_parties(research):
    from merge_parties import emit_row
    after = list(csv.DictReader(open(os.path.join(research, "after-2013.csv"))))
    for inst, (chapter, path, commit) in TABLES.items():
        file = os.path.join(DATA, "treaties", inst + ".yaml")
        text = open(file, encoding="utf-8").read()
        head, sep, _ = text.partition("\nparties:\n")
        current = {r["state"]: r for r in (yaml.safe_load(text).get("parties") or [])}
        source = (f"UNTC {chapter} participants table, copy in GitHub zmjones/untreaties {path} "
                  f"(commit {commit}; status about mid-2013)")
        latest = ""
        for r in csv.DictReader(open(os.path.join(research, f"{inst}.csv"))):
            latest = max(latest, r["signed"], r["consent"])
            if r["iso2"] in current:
                continue
            row = {"state": r["iso2"], "signed": r["signed"] or None,
                   "consent": r["consent"] or None, "source": source}
            if r["consent"]:
                ctype = r["consent_type"]
                if ctype == "unknown-marker":
                    ctype = "formal-confirmation"
                row["consent_type"] = ctype
                if not r["signed"] and ctype == "ratification":
                    row["note"] = ("The table shows no signature and no accession mark: the scrape "
                                   "probably dropped an 'a' (accession).")
            else:
                row["is_party"] = False
            row["note"] = (row.get("note", "") + (" " if row.get("note") else "") +
                           f"Table row: {r['raw_row']}").strip()
            current[r["iso2"]] = row
        for r in after:
            if r["instrument"] != inst or (r["iso2"] in current and current[r["iso2"]].get("consent")):
                continue
            current[r["iso2"]] = {"state": r["iso2"], "signed": r["signed"] or None,
                                  "consent": r["consent"], "consent_type": r["consent_type"],
                                  "source": r["source"]}
        head = re.sub(r"(?m)^complete_as_of: .*\n", "", head)
        head = head.rstrip("\n") + (
            "\n# The party list is complete up to this date (the latest date in the depositary table"
            " copy); a state absent from it may have joined later and is then 'not recorded'.\n"
            f'complete_as_of: {q(latest)}')
        rows = [emit_row(current[s]) for s in sorted(current)]
        open(file, "w", encoding="utf-8").write(head + "\nparties:\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    research = sys.argv[1]
    write_states(research)
    import_parties(research)
