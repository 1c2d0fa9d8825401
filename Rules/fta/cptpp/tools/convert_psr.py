#!/usr/bin/env python3
"""Convert the CPTPP product-specific rules (Annex 3-D, as carried in the UK's CPTPP Origin
Reference Document) from the UK Online Trade Tariff JSON into the pack table tables/psr.csv.

Usage:
    python3 tools/convert_psr.py PATH/TO/cptpp_psr_uk_ord.json > tables/psr.csv

Input: the `rule_sets[]` of lib/rules_of_origin/roo_schemes_uk/rule_sets/cptpp.json from
github.com/trade-tariff/trade-tariff-backend (MIT, Crown copyright; see ../LICENCE.txt and
../README.md). Standard library only; the output is deterministic (rule sets in file order).

One output row per alternative rule. A rule set's entries are alternatives ("or"); an entry
may hold two alternatives joined by "*or*"; an entry "- b) 40% under the build-down method"
continues the previous entry's "regional value content of not less than: - a) ..." list and
inherits its change-of-classification requirement. Columns:

  rule_set      the HS 2012 heading/subheading label of the rule set ("0802-0813")
  hs_min/hs_max the 10-digit code range the rule set covers (HS 2012 based)
  alt           1-based number of the alternative within the rule set
  scope         all: the rule covers every good of the range; part: only goods described
                in `goods` ("capsicum of subheading 090421", "any other good of ...")
  goods         the goods description the rule applies to
  shift         CC (change of chapter), CTH, CTSH, or none (no change required)
  excluded      HS prefixes (2, 4 or 6 digits, ranges expanded) excluded from the change:
                non-originating materials of these codes do not satisfy the rule
  excluded_described HS prefixes named in an exclusion only together with a description
                ("dairy preparations of subheading 190190 containing more than 10 % ...");
                a non-originating material of these codes cannot be judged from its code
  rvc_method    build-down, build-up, focused-value or net-cost; empty when no RVC
  rvc_percent   the minimum regional value content, in per cent
  fv_materials  for focused-value: the HS prefixes of the materials taken into account
  condition     any other condition of the rule (a production process, a weight or value
                limit on named materials, ...), which the pack does not evaluate
  parsed        true when shift, exclusions and RVC were read from the text without leftovers
  rule          the rule text (links and markup removed)
"""
import csv
import json
import re
import sys

CODE = re.compile(
    r"(?:(chapters?|headings?|subheadings?)\s+)?(\d{1,6})"
    r"(?:\s+(?:to|through)\s+(?:(chapters?|headings?|subheadings?)\s+)?(\d{1,6}))?")
CONNECTORS = {"chapter", "chapters", "heading", "headings", "subheading", "subheadings",
              "to", "through", "or", "and", "from", "a", "b", "c", "d", "e", "f"}
RVC_ITEM = re.compile(
    r"^(\d+(?:\.\d+)?)% under the (build-down|build-up|net cost|focused value) method"
    r"(?: taking into account only the non-originating materials of (.*?))?\.?$")


def clean(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("&nbsp;", " ").replace("**", "")
    text = re.sub(r"\s+", " ", text).strip()
    # Footnote markers glued to the end of a sentence ("of the product.3, 5."): none in the
    # current JSON, removed should a later copy carry them (the UKVFTA table had 18).
    return re.sub(r"(?<=[a-z])\.\d+(?:, ?\d+)*\.?$", ".", text)


def expand(kind, first, last):
    """HS prefixes for `kind first [to last]`; chapters are written with 2 digits."""
    if kind and kind.startswith("chapter"):
        width = 2
    else:
        width = len(first) if len(first) > 2 else 2
    lo, hi = int(first), int(last) if last else int(first)
    if last and len(last) != len(first) and not (kind and kind.startswith("chapter")):
        return None
    return [str(n).zfill(width) for n in range(lo, hi + 1)]


def parse_codes(clause):
    """Split an exclusion clause into (plain codes, described codes, ok)."""
    plain, described, ok = [], [], True
    items = re.split(r",\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|;\s*|:\s*", clause)
    for item in items:
        item = re.sub(r"^-?\s*[a-z]\)\s*", "", item.strip()).strip(" .")
        item = re.sub(r"\d+(?:\.\d+)?\s*%", " ", item)     # "more than 10% by dry weight" is not a code
        if not item:
            continue
        codes = []
        for m in CODE.finditer(item):
            got = expand(m.group(1) or m.group(3), m.group(2), m.group(4))
            if got is None:
                ok = False
            else:
                codes += got
        rest = CODE.sub(" ", item)
        words = [w for w in re.findall(r"[A-Za-z]+", rest) if w.lower() not in CONNECTORS]
        if words:
            described += codes
        elif codes:
            plain += codes
    return plain, described, ok


def parse_rvc(text):
    m = RVC_ITEM.match(text.strip())
    if not m:
        return None
    method = m.group(2).replace(" ", "-")
    fv, ok = "", True
    if method == "focused-value":
        plain, described, ok = parse_codes(m.group(3) or "")
        ok = ok and not described and bool(plain)
        fv = " ".join(plain)
    return {"rvc_method": method, "rvc_percent": m.group(1), "fv_materials": fv, "ok": ok}


def parse_head(text):
    row = {"scope": "part", "goods": "", "shift": "", "excluded": "", "excluded_described": "",
           "rvc_method": "", "rvc_percent": "", "fv_materials": "", "condition": "",
           "parsed": True}
    body = re.sub(r"\s*(Note:|See also Appendix).*$", "", text).rstrip(" .")
    provided = ""
    m = re.match(r"^A change to (.*?) from any other (chapter|heading|subheading)\b(.*)$", body)
    if m:
        goods, level, rest = m.group(1), m.group(2), m.group(3)
        row["shift"] = {"chapter": "CC", "heading": "CTH", "subheading": "CTSH"}[level]
        p = re.search(r",?\s+provided (?:that )?", rest)
        if p:
            provided, rest = rest[p.end():], rest[:p.start()]
        e = re.match(r"^,?\s*except from:?\s*(.*)$", rest)
        if e:
            plain, described, ok = parse_codes(e.group(1))
            row["excluded"] = " ".join(plain)
            row["excluded_described"] = " ".join(described)
            row["parsed"] = ok and bool(plain or described)
        elif rest.strip(" ,."):
            row["parsed"] = False
    else:
        m = re.match(r"^No change in tariff classification required for (.*?),? provided (?:that )?(.*)$", body)
        if not m:
            row["parsed"] = False
            return row
        goods, provided = m.group(1), m.group(2)
        row["shift"] = "none"
    row["goods"] = goods
    if re.fullmatch(r"a good of (?:sub)?headings? \d+(?: (?:to|through) (?:(?:sub)?heading )?\d+)?", goods):
        row["scope"] = "all"
    if provided:
        r = re.match(r"^there is a regional value content of not less than:? (?:- a\) )?(.*)$", provided)
        rvc = parse_rvc(r.group(1)) if r else None
        if rvc:
            row.update({k: v for k, v in rvc.items() if k != "ok"})
            row["parsed"] = row["parsed"] and rvc["ok"]
        else:
            row["condition"] = provided.rstrip(".")
    return row


def convert(rule_sets):
    out = []
    for rs in rule_sets:
        alt, head = 0, None
        segments = []
        for entry in rs["rules"]:
            segments += [s.rstrip(" ,") for s in re.split(r"\s*\*or\*\s*", clean(entry["rule"])) if s]
        for seg in segments:
            cont = re.match(r"^- [b-z]\) (.*)$", seg)
            rvc = parse_rvc(re.sub(r"\s*(Note:|See also Appendix).*$", "", cont.group(1))) if cont else None
            if rvc and head is not None:
                row = dict(head)
                row.update({k: v for k, v in rvc.items() if k != "ok"})
                row["parsed"] = head["parsed"] and rvc["ok"]
                text = re.sub(r":? - a\) .*$", "", head["_text"]) + " " + cont.group(1)
            else:
                row = parse_head(seg)
                head = dict(row, _text=seg)
                text = re.sub(r":? - a\) ", " ", seg)
            if row["rvc_method"] == "net-cost":
                row["parsed"] = False          # net cost needs cost accounts, not a bill of materials
            alt += 1
            row = {k: v for k, v in row.items() if k != "_text"}
            row.update({"rule_set": rs["heading"], "hs_min": rs["min"], "hs_max": rs["max"],
                        "alt": alt, "rule": text if text.endswith(".") else text + ".", "parsed": "true" if row["parsed"] else "false"})
            out.append(row)
    return out


COLUMNS = ["rule_set", "hs_min", "hs_max", "alt", "scope", "goods", "shift", "excluded",
           "excluded_described", "rvc_method", "rvc_percent", "fv_materials", "condition",
           "parsed", "rule"]


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: convert_psr.py cptpp_psr_uk_ord.json > tables/psr.csv")
    with open(argv[1], encoding="utf-8") as f:
        data = json.load(f)
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in convert(data["rule_sets"]):
        writer.writerow(row)


if __name__ == "__main__":
    main(sys.argv)
