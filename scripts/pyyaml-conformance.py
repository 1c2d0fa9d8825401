#!/usr/bin/env python3
"""PyYAML's libyaml-backed loader on the yaml-test-suite cases, by the rules of YAMLSuite.

    python3 scripts/pyyaml-conformance.py [Tests/ConformanceTests/yaml/cases.jsonl] [-v]

Rules (the same as Sources/Conformance/YAMLSuite.swift):
- a valid case with JSON passes when yaml.load_all(text, Loader=yaml.CSafeLoader) yields
  documents equal to the JSON documents (numbers compared numerically, booleans only equal
  booleans, mappings unordered; "" means zero documents);
- an error case passes when loading raises;
- a valid case without JSON passes when loading succeeds.
Prints per-category counts and, last, "N passed, M failed"; -v also lists failing cases.
"""

import json
import math
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CASES = os.path.join(HERE, "..", "Tests", "ConformanceTests", "yaml", "cases.jsonl")


def json_documents(text):
    """The JSON texts concatenated in a case's "json" field, decoded one by one."""
    decoder = json.JSONDecoder()
    values, position = [], 0
    while True:
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        if position >= len(text):
            return values
        value, position = decoder.raw_decode(text, position)
        values.append(value)


def same(actual, expected):
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(expected, bool) and isinstance(actual, bool) and actual == expected
    if expected is None or actual is None:
        return actual is None and expected is None
    if isinstance(expected, (int, float)):
        if not isinstance(actual, (int, float)):
            return False
        if isinstance(actual, float) and math.isnan(actual):
            return isinstance(expected, float) and math.isnan(expected)
        return float(actual) == float(expected)
    if isinstance(expected, str):
        return isinstance(actual, str) and actual == expected
    if isinstance(expected, list):
        return (isinstance(actual, list) and len(actual) == len(expected)
                and all(same(a, e) for a, e in zip(actual, expected)))
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return False
        try:
            keys = {str(k) if not isinstance(k, str) else k: v for k, v in actual.items()}
        except TypeError:
            return False
        return (len(keys) == len(actual) == len(expected)
                and all(k in keys and same(keys[k], v) for k, v in expected.items()))
    return False


def run_case(case):
    """(category, passed, reason)"""
    try:
        documents = list(yaml.load_all(case["yaml"], Loader=yaml.CSafeLoader))
        failure = None
    except Exception as error:  # any rejection counts, as in the Swift runner
        documents, failure = None, f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    if case.get("error"):
        return "error", failure is not None, None if failure else "accepted an invalid document"
    if case.get("json") is None:
        return "valid-without-json", failure is None, failure
    if failure:
        return "valid-with-json", False, "rejected: " + failure
    expected = json_documents(case["json"])
    if len(expected) != len(documents):
        return "valid-with-json", False, f"{len(documents)} documents, expected {len(expected)}"
    for index, (doc, want) in enumerate(zip(documents, expected)):
        if not same(doc, want):
            return "valid-with-json", False, f"document {index + 1} is {doc!r}, expected {want!r}"
    return "valid-with-json", True, None


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    path = args[0] if args else DEFAULT_CASES
    assert yaml.__with_libyaml__, "PyYAML was built without libyaml"
    totals, passed_total, failed_total = {}, 0, 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            case = json.loads(line)
            category, passed, reason = run_case(case)
            got, total = totals.get(category, (0, 0))
            totals[category] = (got + passed, total + 1)
            passed_total += passed
            failed_total += not passed
            if verbose and not passed:
                print(f"FAIL {case['id']} ({case['name']}): {reason}")
    print(f"PyYAML {yaml.__version__} CSafeLoader (libyaml {yaml._yaml.get_version_string()})")
    labels = {
        "valid-with-json": "valid cases with JSON (data equals the JSON)",
        "valid-without-json": "valid cases without JSON (loads)",
        "error": "error cases (rejected)",
    }
    for key in ("valid-with-json", "valid-without-json", "error"):
        got, total = totals.get(key, (0, 0))
        print(f"{labels[key]}: {got}/{total}")
    print(f"{passed_total} passed, {failed_total} failed")


if __name__ == "__main__":
    main()
