#!/usr/bin/env python3
"""Convert the UK ORD product-specific rules for Viet Nam (ott-prototype JSON) to the
pack table tables/psr.csv, one row per rule set.

Usage:
    python3 tools/convert_psr.py /work/shared/data/roo/ukvfta/vietnam_psr.json [OUT.csv]

The output defaults to ../tables/psr.csv next to this script. The conversion is
deterministic: the same JSON gives the same CSV, byte for byte.

Columns (the CSV header types them for the Comply table loader):
  id              position of the rule set in the JSON (1-based); the id a profile names
  heading         heading as the ORD prints it ("0401", "ex 0306", "chapter 8", "5111 to 5113")
  ex              true for an "ex" entry: it covers only the goods its description names
  chapter         HS chapter (int)
  min, max        the 10-digit code range the rule set covers (inclusive)
  width           max - min, so that the narrowest covering rule set can be found
  also            for an "ex" entry: ids of the rule sets of the next wider range that apply
                  to goods of this range the description does not name (space-separated)
  description     the ORD's description of the goods (HTML/markdown removed)
  rule            the rule text, cleaned; several parts joined with "; or " / "; and "
  source_classes  the dataset's own rule classes, per part ("|" inside a part, ";" between)
  classes         the normalised classes of the whole rule set, space-separated:
                  WO CC CTH CTSH AH MAXNOM MAXWEIGHT (evaluated) and PROCESSING,
                  PRODUCTION_FROM, SET, CONDITION (not evaluated)
  operator        how the parts are joined: "or" (alternatives), "and" (one composite
                  rule) or "" (a single part)
  limit_percent   the first numeric limit in the text (e.g. 20 for "sugar <= 20 %"), if any
  wo_materials    HS prefixes named in "all the materials of ... are wholly obtained"
                  (space-separated), if any
  terms           the rule as Comply evaluates it: alternatives separated by " | ", the
                  conditions of one alternative by " & ". Each condition is one of
                    WO:p,q           all materials of these HS prefixes used are originating
                    CC:x:a / CTH:x:a / CTSH:x:a
                                     non-originating materials change chapter / heading /
                                     subheading; x = further prefixes they may not come from;
                                     a = the value share (% of ex-works price) the rule itself
                                     allows for materials that do not change (else the general
                                     tolerance applies)
                    AH:x:a           any heading, except non-originating materials of x
                    MAXNOM:p:n       value of non-originating materials (of prefixes p, or
                                     all when empty) <= n % of the ex-works price
                    MAXWEIGHT:p:n    weight of the materials of prefixes p used <= n % of the
                                     product's net weight ("sugar" = chapter 17)
                    X:CLASS          a condition Comply cannot evaluate (a specific process)
  evaluable       all / some / none: how many alternatives Comply can evaluate fully
"""

import csv
import html
import json
import os
import re
import sys

SUGAR = "17"


def clean(text):
    """Markdown and HTML entities out, whitespace normalised."""
    t = html.unescape(text.replace("&nbsp;", " "))
    t = t.replace("\u00a0", " ")
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)  # [heading 0401](/headings/0401)
    t = t.replace("**", "").replace("*and*", "and")
    t = re.sub(r"(?m)^\s*-\s+", "", t)  # list bullets
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"(\d)%(?=[A-Za-z])", r"\1% ", t)  # "70%of"
    t = re.sub(r"^\d+(\.\d+)? or ", "or ", t)  # "5 or making-up ...": a stray footnote
    t = re.sub(r"\)\.\d+(, ?\d+)*\.$", ").", t)  # "(including cutting).3, 5."
    t = re.sub(r"\)\d+(, ?\d+)*\.$", ").", t)  # "process(es)1."
    t = re.sub(r"(?<=[a-z])\d(, ?\d)*\.$", ".", t)  # "polytetrafluoroethylene4."
    t = re.sub(r"(?<=[a-z])\.\d+(, ?\d+)*\.?$", ".", t)  # "ex-works price of the product.3, 5."
    t = re.sub(r"making- up", "making-up", t)
    t = re.sub(r"man- made", "man-made", t)
    return t


def expand_range(a, b):
    return [f"{h:04d}" for h in range(int(a), int(b) + 1)]


def codes_in(clause):
    """HS prefixes named in a clause: chapters (2 digits), headings (4), subheadings (6)."""
    c = clause.lower()
    found = []

    def add(code):
        if code not in found:
            found.append(code)

    # "chapters 02, 3 and 16"
    for m in re.finditer(r"chapters? ((?:\d{1,2})(?:(?:, | and )\d{1,2})*)", c):
        for n in re.findall(r"\d{1,2}", m.group(1)):
            add(f"{int(n):02d}")
    # "heading 1101 to heading 1108"
    spans = []
    for m in re.finditer(r"heading (\d{4}) to heading (\d{4})", c):
        for h in expand_range(m.group(1), m.group(2)):
            add(h)
        spans.append(m.span())
    rest = c
    for s, e in reversed(spans):
        rest = rest[:s] + " " + rest[e:]
    rest = re.sub(r"chapters? (?:\d{1,2})(?:(?:, | and )\d{1,2})*", " ", rest)
    for m in re.finditer(r"\b(\d{6}|\d{4})\b", rest):
        add(m.group(1))
    return found


def percent(text):
    m = re.search(r"(\d+(?:\.\d+)?)\s*%", text)
    return m.group(1) if m else ""


def fmt(n):
    return n.rstrip("0").rstrip(".") if "." in n else n


def weight_terms(t):
    """Weight limits in one sentence (lower-cased, cleaned)."""
    n = fmt(percent(t))
    if "sugar and of the materials of chapter 4" in t and "individual" in t:
        return [f"MAXWEIGHT:{SUGAR}:{n}", f"MAXWEIGHT:04:{n}"]
    if "combined weight of sugar and the materials of chapter 4" in t:
        return [f"MAXWEIGHT:{SUGAR},04:{n}"]
    if re.search(r"weight of sugar used", t):
        return [f"MAXWEIGHT:{SUGAR}:{n}"]
    m = re.search(r"(?:weight of )?the materials of (.*?) used (?:does|do) not exceed", t)
    if m:
        return [f"MAXWEIGHT:{','.join(codes_in(m.group(1)))}:{n}"]
    return None


PROCESS_WORDS = (
    "spinning", "weaving", "knitting", "printing", "dyeing", "flocking", "extrusion",
    "tufting", "twisting", "fabric formation", "making-up", "coating", "carding",
    "retreading", "planing", "splicing", "beading", "operations of refining", "re-tanning",
    "electrolytic", "fusion", "turning", "cutting of glassware", "hand-decoration",
    "surfacing", "one of the following operations", "yarn", "monofil", "polypropylene",
    "glass fibre", "copolyester", "of which the denomination", "unembroidered fabric",
    "uncoated fabric",
)


def terms_of(raw):
    """The conditions of one rule part (a list joined by "&"), and the unevaluable class
    if the part cannot be evaluated."""
    t = clean(raw).lower()
    t = re.sub(r"^or ", "", t)
    if t.startswith("each item in the set"):
        return ["X:SET"]
    if "may be used only if" in t or "at least 10% by weight" in t or "total weight of materials of chapter 24" in t:
        return ["X:CONDITION"]
    # wholly obtained
    m = re.match(r"^(?:manufacture in which )?all (?:the )?(.*?) (?:used )?(?:are|is) wholly obtained\.?$", t)
    if m:
        what = m.group(1)
        codes = codes_in(what)
        if not codes:
            if "meat" in what:
                codes = ["02"]
            elif "fish and crustaceans" in what:
                codes = ["03"]
            elif "natural honey" in what:
                codes = ["0409"]
            else:
                return ["X:CONDITION"]  # "vegetable materials", "eggs and roes"
        return ["WO:" + ",".join(codes)]
    if t.startswith("manufacture in which:") and "wholly obtained" in t:
        # chapter 4: all the materials of chapter 4 WO and sugar <= 20 %
        wo, _, rest = t.partition("wholly obtained")
        out = ["WO:" + ",".join(codes_in(wo.split("used")[0]))]
        w = weight_terms(rest)
        return out + (w or ["X:CONDITION"])
    # maximum non-originating content
    m = re.match(r"^manufacture in which the value of all the materials used does not exceed", t)
    if m:
        return [f"MAXNOM::{fmt(percent(t))}"]
    m = re.match(r"^manufacture in which the total value of the materials of (.*?) used does not exceed", t)
    if m:
        return [f"MAXNOM:{','.join(codes_in(m.group(1)))}:{fmt(percent(t))}"]
    # standalone weight limits (parts of a composite rule)
    if re.match(r"^(the individual weight|the total combined weight|the weight of|the materials of)", t):
        w = weight_terms(t)
        return w or ["X:CONDITION"]
    # tariff shifts
    level = None
    if t.startswith("manufacture from materials of any chapter except that of the product"):
        level = "CC"
    elif t.startswith("manufacture from materials of any subheading, except that of the product"):
        level = "CTSH"
    elif re.match(r"^manufacture from materials of any heading,? except that of the product", t):
        level = "CTH"
    elif t.startswith("other operations in which all the materials used are classified within a heading other than that of the product"):
        level = "CTH"
        t = "manufacture from materials of any heading, except that of the product" + t.split("that of the product", 1)[1]
    if level:
        out = []
        head, _, tail = t.partition(" in which")
        first, _, however = head.partition(". however,")
        except_codes = []
        m = re.search(r"except that of the product,? (?:and )?(?:of |except materials of )?(.*)$", first)
        if m and m.group(1):
            except_codes = codes_in(m.group(1))
        allow = ""
        if however:
            if re.search(r"same (?:sub)?heading as the product may be used, provided that their total value", however):
                allow = fmt(percent(however))
            elif "may not be used" in however:
                except_codes += [c for c in codes_in(however) if c not in except_codes]
            # "However, <named goods> may be used": a relief Comply cannot see; the plain
            # shift is applied (stricter)
        out.append(f"{level}:{','.join(except_codes)}:{allow}")
        if tail:
            tail = tail.lstrip(": ")
            if "value of all the materials used does not exceed" in tail:
                out.append(f"MAXNOM::{fmt(percent(tail))}")
            elif "wholly obtained" in tail:
                out.append("WO:" + ",".join(codes_in(tail.split("used")[0])))
            else:
                w = weight_terms(tail)
                out += w or ["X:CONDITION"]
        return out
    if t.startswith("manufacture from materials of any heading"):
        rest = t[len("manufacture from materials of any heading"):]
        if rest in (".", ""):
            return ["AH::"]
        if rest.startswith(", including"):
            return ["AH::"]
        if rest.startswith(", in which"):
            return ["AH::"] + (weight_terms(rest) or ["X:CONDITION"])
        m = re.match(r"^,? except (?:those of|from .*? of) (.*?)(?:\. however, (.*))?$", rest)
        if m:
            allow = ""
            if m.group(2) and "provided that their total value does not exceed" in m.group(2):
                allow = fmt(percent(m.group(2)))
            return [f"AH:{','.join(codes_in(m.group(1)))}:{allow}"]
        return ["X:CONDITION"]
    if t.startswith("manufacture from"):
        return ["X:PRODUCTION_FROM"]
    if any(w in t for w in PROCESS_WORDS):
        return ["X:PROCESSING"]
    return ["X:CONDITION"]


def kind(term):
    k = term.split(":")[0]
    return {"X": term.split(":")[1]}.get(k, k)


def convert(path):
    data = json.load(open(path, encoding="utf-8"))
    rows = []
    for index, rs in enumerate(data["rule_sets"], start=1):
        parts = rs["rules"]
        ops = [p["operator"] for p in parts]
        if "and" in ops and "or" not in ops:
            operator = "and"
        elif len(parts) > 1:
            operator = "or"
        else:
            operator = ""
        part_terms = [terms_of(p["rule"]) for p in parts]
        if operator == "and":
            alternatives = [[t for ts in part_terms for t in ts]]
        else:
            alternatives = part_terms
        # A composite that holds an unevaluable piece is unevaluable as a whole: keep one X.
        alternatives = [
            [t for t in alt if not t.startswith("X:")] + [t for t in alt if t.startswith("X:")][:1]
            for alt in alternatives
        ]
        seen = []
        for alt in alternatives:
            if alt not in seen:
                seen.append(alt)
        alternatives = seen
        evaluable_count = sum(1 for alt in alternatives if not any(t.startswith("X:") for t in alt))
        evaluable = "all" if evaluable_count == len(alternatives) else ("some" if evaluable_count else "none")
        classes = []
        for alt in alternatives:
            for t in alt:
                if kind(t) not in classes:
                    classes.append(kind(t))
        texts = [clean(p["rule"]) for p in parts]
        texts = [re.sub(r"^or ", "", x) for x in texts]
        joiner = {"and": "; and ", "or": "; or ", "": ""}[operator]
        rule = joiner.join(
            (x[:-1] if x.endswith(".") and i < len(texts) - 1 else x)
            if i == 0 else (x[0].lower() + x[1:] if x[:1].isupper() and not x[:2].isupper() else x)
            for i, x in enumerate(texts)) if len(texts) > 1 else (texts[0] if texts else "")
        rule = re.sub(r"\.; (and|or) ", r"; \1 ", rule)
        limit = ""
        for x in texts:
            limit = fmt(percent(x)) if percent(x) else ""
            if limit:
                break
        wo = []
        for alt in alternatives:
            for t in alt:
                if t.startswith("WO:"):
                    wo += [c for c in t[3:].split(",") if c not in wo]
        heading = rs["heading"]
        rows.append({
            "id": index,
            "heading": heading,
            "ex": "true" if heading.lower().startswith("ex") else "false",
            "chapter": rs["chapter"],
            "min": rs["min"],
            "max": rs["max"],
            "width": int(rs["max"]) - int(rs["min"]),
            "also": "",
            "description": clean(rs["subdivision"]).replace(" ▸ ", " > "),
            "rule": rule,
            "source_classes": ";".join("|".join(p["class"]) for p in parts),
            "classes": " ".join(classes),
            "operator": operator,
            "limit_percent": limit,
            "wo_materials": " ".join(wo),
            "terms": " | ".join(" & ".join(alt) for alt in alternatives),
            "evaluable": evaluable,
        })
    # "ex" entries: the rule sets of the next wider range cover the goods not described.
    for row in rows:
        if row["ex"] != "true":
            continue
        lo, hi = int(row["min"]), int(row["max"])
        wider = [o for o in rows if int(o["min"]) <= lo and hi <= int(o["max"]) and o["width"] > row["width"]]
        if wider:
            w = min(o["width"] for o in wider)
            row["also"] = " ".join(str(o["id"]) for o in wider if o["width"] == w)
    return rows


HEADER = [
    ("id", "int"), ("heading", None), ("ex", "bool"), ("chapter", "int"), ("min", None),
    ("max", None), ("width", "int"), ("also", None), ("description", None), ("rule", None),
    ("source_classes", None), ("classes", None), ("operator", None), ("limit_percent", "double"),
    ("wo_materials", None), ("terms", None), ("evaluable", None),
]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__.split("\n\n")[1])
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tables", "psr.csv")
    rows = convert(sys.argv[1])
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([f"{n}:{t}" if t else n for n, t in HEADER])
        for r in rows:
            w.writerow([r[n] for n, _ in HEADER])
    print(f"{len(rows)} rule sets -> {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
