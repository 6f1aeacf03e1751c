#!/usr/bin/env python3
"""sarif_check.py SARIF.json FINDINGS.json [SCHEMA.json] -- checks
wirecheck's SARIF output: the structure and fields that SARIF 2.1.0
requires and that GitHub and GitLab code scanning read, agreement with the
JSON output of the same run (every finding a result, same place, same
message), and, when a schema path is given and python3-jsonschema is
installed, validity against the official SARIF 2.1.0 JSON schema.

Prints "ok NAME" / "FAIL NAME: why" / "note ..." lines and ends with
"sarif: N passed, M failed"; exits 1 on any failure."""

import json
import re
import sys

passed = 0
failed = 0


def check(name, cond, why=""):
    global passed, failed
    if cond:
        passed += 1
        print("ok " + name)
    else:
        failed += 1
        print("FAIL " + name + (": " + why if why else ""))
    return cond


LEVELS = {"error", "warning", "note", "none"}
SEV_TO_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# RFC 3986 URI-reference characters (percent-encoding checked apart)
URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")


def is_uri_ref(u):
    return (isinstance(u, str) and u != "" and URI_CHARS.match(u) is not None
            and re.search(r"%(?![0-9A-Fa-f]{2})", u) is None)


def text_of(obj, key):
    m = obj.get(key)
    return m.get("text") if isinstance(m, dict) else None


def main():
    sarif_path, json_path = sys.argv[1:3]
    schema_path = sys.argv[3] if len(sys.argv) > 3 else ""
    with open(sarif_path, "rb") as f:
        raw = f.read()
    try:
        log = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        check("SARIF is UTF-8 JSON", False, str(e))
        return
    check("SARIF is UTF-8 JSON", True)
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)

    check("version 2.1.0", log.get("version") == "2.1.0")
    check("$schema names SARIF 2.1.0",
          "sarif-2.1.0" in str(log.get("$schema", "")) or
          "sarif-schema-2.1.0" in str(log.get("$schema", "")))
    runs = log.get("runs")
    if not check("one run", isinstance(runs, list) and len(runs) == 1):
        return
    run = runs[0]
    driver = run.get("tool", {}).get("driver", {})
    check("tool.driver.name", driver.get("name") == "wirecheck")
    check("tool.driver.version", isinstance(driver.get("version"), str) and
          driver["version"] == data["tool"]["version"])
    check("tool.driver.informationUri",
          str(driver.get("informationUri", "")).startswith("https://"))
    rules = driver.get("rules", [])
    check("rules listed", isinstance(rules, list) and len(rules) > 0)
    ids = [r.get("id") for r in rules]
    check("rule ids unique", len(ids) == len(set(ids)))
    bad = [r.get("id") for r in rules
           if not (isinstance(r.get("id"), str) and text_of(r, "shortDescription")
                   and r.get("defaultConfiguration", {}).get("level") in LEVELS
                   and str(r.get("helpUri", "")).startswith("https://")
                   and r["helpUri"].endswith("#" + r["id"]))]
    check("every rule has id, shortDescription, defaultConfiguration.level, "
          "helpUri", not bad, repr(bad[:5]))
    check("columnKind unicodeCodePoints",
          run.get("columnKind") == "unicodeCodePoints")

    artifacts = run.get("artifacts", [])
    art_uris = [a.get("location", {}).get("uri") for a in artifacts]
    check("artifact URIs are URI references",
          all(is_uri_ref(u) for u in art_uris), repr(art_uris[:5]))
    check("one artifact per file checked",
          len([a for a in artifacts if "mimeType" in a]) == len(data["files"]))

    results = run.get("results")
    if not check("results is an array", isinstance(results, list)):
        return
    problems = []
    for i, r in enumerate(results):
        p = []
        rid, ri = r.get("ruleId"), r.get("ruleIndex")
        if not isinstance(rid, str):
            p.append("no ruleId")
        if not (isinstance(ri, int) and 0 <= ri < len(rules) and
                rules[ri]["id"] == rid):
            p.append("ruleIndex %r does not point at %r" % (ri, rid))
        if r.get("level") not in LEVELS:
            p.append("level %r" % r.get("level"))
        if not text_of(r, "message"):
            p.append("no message.text")
        locs = r.get("locations", [])
        if len(locs) != 1:
            p.append("%d locations" % len(locs))
        else:
            pl = locs[0].get("physicalLocation", {})
            al = pl.get("artifactLocation", {})
            uri, idx = al.get("uri"), al.get("index")
            if not is_uri_ref(uri):
                p.append("uri %r" % uri)
            if not (isinstance(idx, int) and 0 <= idx < len(artifacts) and
                    art_uris[idx] == uri):
                p.append("artifact index %r" % idx)
            reg = pl.get("region", {})
            sl, sc = reg.get("startLine"), reg.get("startColumn")
            el, ec = reg.get("endLine"), reg.get("endColumn")
            if not all(isinstance(v, int) and v >= 1 for v in (sl, sc, el, ec)):
                p.append("region %r" % reg)
            elif el < sl or (el == sl and ec < sc):
                p.append("region ends before it starts %r" % reg)
        if p:
            problems.append("result %d: %s" % (i, "; ".join(p)))
    check("every result has ruleId, ruleIndex, level, message.text, one "
          "location with artifactLocation.uri and region",
          not problems, "; ".join(problems[:5]))

    # the same findings as --format json, in the same order
    want = []
    for f in data["files"]:
        for fd in f["findings"]:
            want.append((f["path"], fd))
    for fd in data.get("batch", []):
        want.append((fd["path"], fd))
    check("one result per finding", len(results) == len(want),
          "%d results, %d findings" % (len(results), len(want)))
    mism = []
    for (path, fd), r in zip(want, results):
        reg = r["locations"][0]["physicalLocation"].get("region", {})
        got = (r.get("ruleId"), r.get("level"), text_of(r, "message"),
               reg.get("startLine"), reg.get("startColumn"),
               reg.get("endLine"), reg.get("endColumn"))
        exp = (fd["rule"], SEV_TO_LEVEL[fd["severity"]], fd["message"],
               fd["line"], fd["column"], fd["end_line"], fd["end_column"])
        if got != exp:
            mism.append("%s: %r != %r" % (path, got, exp))
        sugg = r.get("properties", {}).get("suggestions", [])
        if sugg != fd["suggestions"]:
            mism.append("%s: suggestions %r" % (path, sugg))
    check("results agree with the JSON output", not mism, "; ".join(mism[:3]))

    inv = run.get("invocations", [])
    check("invocation says whether every file was checked",
          len(inv) == 1 and inv[0].get("executionSuccessful") ==
          (len(data["failures"]) == 0))
    notes = inv[0].get("toolExecutionNotifications", []) if inv else []
    check("one notification per file not checked",
          len(notes) == len(data["failures"]))

    if not schema_path:
        print("note: no SARIF schema given; schema validation not run")
        return
    try:
        import jsonschema
    except ImportError:
        print("note: python3-jsonschema is not installed; schema validation "
              "not run")
        return
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    errors = sorted(cls(schema).iter_errors(log), key=lambda e: list(e.path))
    check("valid against the SARIF 2.1.0 schema", not errors,
          "; ".join("%s: %s" % ("/".join(map(str, e.path)), e.message)
                    for e in errors[:5]))


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a crash is a failure, never a pass
        check("sarif check ran", False, "%s: %s" % (type(e).__name__, e))
    print("sarif: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or not passed else 0)
