#!/usr/bin/env python3
"""One-off import of the regional and bilateral instruments researched for the world-dataset issue.

Usage: tools/import_regional.py RESEARCH_DIR SHARED_REFERENCE_DIR
Writes data/treaties/<id>.yaml from tools/headers/<id>.yaml (the hand-written header: measures,
scope, articles) and the party rows of RESEARCH_DIR/{coe,regional}/<id>.csv; Montevideo 1933
from the shared OAS table; every bilateral treaty of RESEARCH_DIR/regional/bilateral.csv.
"""
import csv, json, os, sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from merge_parties import emit_row, q  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..")
DATA = os.path.join(ROOT, "data")
HEADERS = os.path.join(os.path.dirname(__file__), "headers")
TYPES = {"ratification", "accession", "acceptance", "approval", "succession"}
MEASURES = {"extradition": "extradition", "mla": "mla", "transfer": "transfer-of-sentenced-persons"}


def article_list(text_file):
    from articles_from_text import articles
    out = ["articles:"]
    for number, title in articles(text_file):
        out.append(f'  - {{number: {q(number)}, title: {q(title)}}}' if title else f'  - {{number: {q(number)}}}')
    return "\n".join(out)


def rows_from_csv(path, instrument):
    rows = []
    has_rule = "party_entry_into_force" in open(os.path.join(HEADERS, instrument + ".yaml")).read()
    for r in csv.DictReader(open(path, encoding="utf-8")):
        signed = r.get("signed") or r.get("signed-eif-unknown") or None
        consent, in_force = r.get("consent") or None, r.get("in_force") or None
        ctype = r.get("consent_type") or None
        withdrawn = r.get("withdrawn") or r.get("denounced") or None
        note = r.get("note", "")
        verified = r.get("verified", "false") == "true"
        if note.startswith("[verified=false only because"):
            verified, in_force = True, (None if has_rule else in_force)
        if consent and ctype not in TYPES:
            note = (note + f" Consent type given as '{ctype}'.").strip()
            ctype = "ratification"
            verified = False
        row = {"state": r["iso2"], "signed": signed, "consent": consent, "in_force": in_force,
               "withdrawn": withdrawn, "source": r["source"], "verified": verified, "note": note}
        if consent:
            row["consent_type"] = ctype
        if not consent and not in_force:
            if instrument in ("cis-chisinau-2002",):
                # A signatory whose later status was not found: bound from an unknown date, if at
                # all (the answer is unknown, never "no").
                row["is_party"] = True
                row["verified"] = False
                row["note"] = (note + " Signatory; whether and when it became bound was not found.").strip()
                rows.append(row)
                continue
            if signed:
                row["is_party"] = False
            else:
                row["is_party"] = True
        if has_rule and consent and in_force:
            in_force = None  # derived from the deposit by the instrument's rule, checked by it
            row["in_force"] = None
        rows.append(row)
    return rows


def montevideo_rows(shared):
    rows = []
    path = os.path.join(shared, "tables", "oas_a35_montevideo_extradition_1933.csv")
    iso3 = {e["alpha_3"]: e["alpha_2"] for e in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        row = {"state": iso3[r["state_iso3"]], "signed": r["signature"] or None,
               "source": "OAS depositary table A-35 (oas.org/juridico/english/sigs/a-35.html, archived copy); shared reference table oas_a35_montevideo_extradition_1933.csv",
               "verified": True}
        if r["deposit"]:
            row["consent"] = r["deposit"]
            row["consent_type"] = "ratification" if r["action"] == "RA" else "accession"
            if r["decl_reservations"] == "yes":
                row["note"] = "The state made reservations or declarations (texts not read)."
        else:
            row["is_party"] = False
        rows.append(row)
    return rows


def write_instrument(instrument, rows, extra_head=""):
    head = open(os.path.join(HEADERS, instrument + ".yaml"), encoding="utf-8").read().rstrip("\n")
    text = head + "\n" + extra_head + "parties:\n" + "\n".join(emit_row(r) for r in sorted(rows, key=lambda r: r["state"])) + "\n"
    open(os.path.join(DATA, "treaties", instrument + ".yaml"), "w", encoding="utf-8").write(text)


def bilateral(research):
    names = {}
    for f in os.listdir(os.path.join(DATA, "states")):
        d = yaml.safe_load(open(os.path.join(DATA, "states", f), encoding="utf-8"))
        names[d["iso2"]] = d["name"]
    written = []
    for r in csv.DictReader(open(os.path.join(research, "regional", "bilateral.csv"), encoding="utf-8")):
        if r["status"] == "none":
            continue
        a, b = r["states"].split(";")
        measure = MEASURES[r["subject"]]
        subject = {"extradition": "extradition", "mla": "mutual legal assistance in criminal matters",
                   "transfer": "the transfer of sentenced persons"}[r["subject"]]
        year = r["id"].rsplit("-", 1)[1]
        kind = "Agreement" if r["kind"] == "agreement" else "Treaty"
        title = f"{kind} between {names[a]} and {names[b]} on {subject} ({year})"
        in_force = r["in_force"] or None
        verified = r["verified"] == "true"
        note = r["note"]
        if not in_force:
            note = ("Signed; its entry into force was not found (which does not mean it is not in "
                    "force). " + note).strip()
        conditions = ""
        if measure == "extradition":
            conditions = ("    conditions:\n"
                          "      - {id: dual-criminality, source: \"the treaty (text not read)\"}\n"
                          "      - {id: nationals, source: \"the treaty and the requested state's law\"}\n")
        lines = [
            f"# {title}.",
            f"id: {r['id']}",
            f"short_name: {q(a + '-' + b + ' ' + r['subject'] + ' ' + kind.lower() + ' ' + year)}",
            f"title: {q(title)}",
            "kind: bilateral",
            f"source: {q(r['source'])}",
        ]
        if not verified or not in_force:
            lines.append("verified: false")
        if note:
            lines.append(f"note: {q(note)}")
        lines += [
            'scope_source: "the treaty (text not read)"',
            "general_scope:",
            '  source: "the treaty: the offences it defines as extraditable or covers (text not read)"',
            "measures:",
            f"  - measure: {measure}",
            "    articles: []",
        ]
        text = "\n".join(lines) + "\n" + conditions + f"    source: {q('the treaty (text not read)')}\n"
        text += "parties_complete: true\nparties:\n"
        for s in (a, b):
            row = {"state": s, "source": r["source"], "verified": verified and bool(in_force)}
            if in_force:
                row["in_force"] = in_force
                row["consent"] = None
            else:
                row["is_party"] = True
                row["note"] = "Entry into force not found."
            text += emit_row(row) + "\n"
        open(os.path.join(DATA, "treaties", r["id"] + ".yaml"), "w", encoding="utf-8").write(text)
        written.append(r["id"])
    return written


def main(research, shared):
    texts = os.path.join(shared, "texts")
    for instrument in ["ets-024", "ets-030", "ets-112", "ets-141", "cets-198", "ets-185"]:
        extra = ""
        text_file = os.path.join(texts, instrument + ".md")
        if os.path.exists(text_file):
            extra = article_list(text_file) + "\n"
        write_instrument(instrument, rows_from_csv(os.path.join(research, "coe", instrument + ".csv"), instrument), extra)
    for instrument in ["cis-minsk-1993", "cis-chisinau-2002", "cis-transfer-1998",
                       "oas-serving-sentences-1993", "eu-eaw", "eu-eio", "eu-jit"]:
        write_instrument(instrument, rows_from_csv(os.path.join(research, "regional", instrument + ".csv"), instrument))
    write_instrument("oas-montevideo-1933", montevideo_rows(shared))
    print("bilateral:", len(bilateral(research)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
