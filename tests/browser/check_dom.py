#!/usr/bin/env python3
"""check_dom.py MODE DOM.html FINDINGS.json -- checks the DOM that headless
Chromium dumped from wirecheck's HTML report against the JSON output of the
same run.  Python's standard library only.

MODE is "script" (the page as a reader sees it, its script run) or
"noscript" (scripts off: everything must still be visible).

Prints "ok NAME" or "FAIL NAME: why" per check and ends with
"dom: N passed, M failed"."""

import html.parser
import json
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr", "param"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []  # Node or str

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def classes(self):
        return self.attrs.get("class", "").split()

    def find_all(self, tag=None, cls=None, **attrs):
        for n in self.iter():
            if tag and n.tag != tag:
                continue
            if cls and cls not in n.classes():
                continue
            if any(n.attrs.get(k.replace("_", "-")) != v
                   for k, v in attrs.items()):
                continue
            yield n

    def find(self, *a, **kw):
        return next(self.find_all(*a, **kw), None)

    def ancestor(self, tag):
        p = self.parent
        while p is not None and p.tag != tag:
            p = p.parent
        return p


class Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else "") for k, v in attrs],
                 self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, [(k, v if v is not None else "") for k, v in attrs],
                 self.cur)
        self.cur.children.append(n)

    def handle_endtag(self, tag):
        p = self.cur
        while p is not None and p.tag != tag:
            p = p.parent
        if p is not None and p.parent is not None:
            self.cur = p.parent

    def handle_data(self, data):
        self.cur.children.append(data)


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


def shown(s):
    """The text as the report shows it: C0 controls as Control Pictures,
    CR before LF dropped."""
    s = s.replace("\r\n", "\n")
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\t\n":
            out.append(ch)
        elif o < 0x20:
            out.append(chr(0x2400 + o))
        elif o == 0x7F:
            out.append("\u2421")
        else:
            out.append(ch)
    return "".join(out)


def main():
    mode, dom_path, json_path = sys.argv[1:4]
    with open(dom_path, encoding="utf-8", errors="replace") as f:
        dom = f.read()
    with open(json_path, encoding="utf-8", errors="replace") as f:
        data = json.load(f)
    b = Builder()
    b.feed(dom)
    b.close()
    root = b.root
    html_el = root.find("html")
    check("the DOM was dumped", html_el is not None and
          root.find("main") is not None, "no <html>/<main> in the dump")
    if html_el is None:
        return

    # ---- nothing from a draft became markup or ran --------------------
    scripts = list(root.find_all("script"))
    check("one script, the report's own", len(scripts) == 1,
          "%d script elements" % len(scripts))
    for tag in ("img", "iframe", "svg", "object", "embed", "link", "frame",
                "base"):
        n = sum(1 for _ in root.find_all(tag))
        check("no <%s> element" % tag, n == 0, "%d found" % n)
    handlers = [(n.tag, k) for n in root.iter() for k in n.attrs
                if k.startswith("on")]
    check("no event-handler attribute", not handlers, repr(handlers[:5]))
    js_links = [n.attrs[k] for n in root.iter() for k in ("href", "src")
                if n.attrs.get(k, "").strip().lower().startswith("javascript")]
    check("no javascript: link", not js_links, repr(js_links[:5]))
    check("no injected script ran", "data-pwned" not in html_el.attrs,
          "data-pwned=%r" % html_el.attrs.get("data-pwned"))
    fetched = [n.attrs.get("src") or n.attrs.get("href") for n in root.iter()
               if n.tag in ("img", "script", "link", "iframe", "video",
                            "audio", "source") and
               (n.attrs.get("src") or n.attrs.get("href"))]
    check("nothing fetched from the network", not fetched, repr(fetched))
    style = "".join(s.text() for s in root.find_all("style"))
    check("no url() or @import in the style", "url(" not in style and
          "@import" not in style)
    texts = "\n".join(td.text() for td in root.find_all("td", cls="tx"))
    paths = [f["path"] for f in data["files"]]
    if any("hostile-injection" in p for p in paths):
        for s in ("<script>alert(1)</script>",
                  '"><img src=x onerror=alert(1)>',
                  '<a href="javascript:alert(1)">',
                  "javascript:alert(document.cookie)",
                  "<!--wirecheck-articles-->"):
            check("hostile text shown as text: " + s, s in texts)

    # ---- scripts on or off ---------------------------------------------
    controls = root.find(id="controls")
    if mode == "script":
        check("the report's script ran",
              html_el.attrs.get("data-report") == "ready")
        check("filters shown with scripts on",
              controls is not None and "hidden" not in controls.attrs)
    else:
        check("scripts were off", "data-report" not in html_el.attrs)
        check("filters hidden with scripts off",
              controls is not None and "hidden" in controls.attrs)
        hidden = [n.attrs.get("id") for n in root.find_all("li", cls="note")
                  if "hidden" in n.attrs]
        check("every finding visible with scripts off", not hidden,
              repr(hidden[:5]))

    # ---- every finding of the JSON output is marked, with its message --
    articles = list(root.find_all("details", cls="article"))
    check("one article per file checked", len(articles) == len(paths),
          "%d articles, %d files" % (len(articles), len(paths)))
    by_path = {}
    for a in articles:
        by_path.setdefault(a.attrs.get("data-path"), []).append(a)
    total = 0
    for f in data["files"]:
        arts = by_path.get(f["path"], [])
        if not check("article for " + f["path"], len(arts) == 1,
                     "%d articles" % len(arts)):
            continue
        art = arts[0]
        if f["findings"]:
            check("article with findings open: " + f["path"],
                  "open" in art.attrs)
        aid = art.attrs.get("id", "")
        rows = {tr.attrs.get("id"): tr for tr in art.find_all("tr")}
        nrows = len(rows)
        marks = list(art.find_all("mark"))
        notes = {n.attrs.get("data-f"): n for n in art.find_all("li",
                                                                 cls="note")}
        check("one note per finding: " + f["path"],
              len(notes) == len(f["findings"]),
              "%d notes, %d findings" % (len(notes), len(f["findings"])))
        for k, fd in enumerate(f["findings"]):
            total += 1
            where = "%s:%d:%d %s" % (f["path"], fd["line"], fd["column"],
                                     fd["rule"])
            why = []
            n = notes.get(str(k))
            if n is None:
                why.append("no note")
            else:
                for attr, key in (("data-rule", "rule"), ("data-line", "line"),
                                  ("data-col", "column"),
                                  ("data-end-line", "end_line"),
                                  ("data-end-col", "end_column"),
                                  ("data-sev", "severity")):
                    if n.attrs.get(attr) != str(fd[key]):
                        why.append("%s=%r, want %r" % (attr, n.attrs.get(attr),
                                                       fd[key]))
                msg = n.find("span", cls="msg")
                if msg is None or msg.text() != shown(fd["message"]):
                    why.append("message %r" % (msg.text() if msg else None))
                sugg = n.find("span", cls="sugg")
                got = [q.text() for q in sugg.find_all("q")] if sugg else []
                if got != [shown(s) for s in fd["suggestions"]]:
                    why.append("suggestions %r" % got)
                link = n.find("a", cls="rule")
                if link is None or not link.attrs.get("href", "").endswith(
                        "#" + fd["rule"]):
                    why.append("no link to the rule's documentation")
                row = n.ancestor("tr")
                want_row = "%s-L%d" % (aid, min(max(fd["line"], 1), nrows))
                if row is None or row.attrs.get("id") != want_row:
                    why.append("note not beside line %d" % fd["line"])
            mine = [m for m in marks
                    if str(k) in m.attrs.get("data-f", "").split()]
            if not mine:
                why.append("no marked span")
            for m in mine:
                if shown(fd["message"]) not in m.attrs.get("title", ""):
                    why.append("mark title lacks the message")
                    break
                if "sev-" + fd["severity"] not in m.classes() and \
                        "multi" not in m.classes():
                    why.append("mark not in the severity's colour")
                    break
            if mine and fd["line"] <= nrows:
                first = mine[0].ancestor("tr")
                if first is None or first.attrs.get("id") != \
                        "%s-L%d" % (aid, fd["line"]):
                    why.append("first mark not on line %d" % fd["line"])
                # the marked text, line by line, is the excerpt
                if fd["end_line"] <= nrows:
                    parts = []
                    for ln in range(fd["line"], fd["end_line"] + 1):
                        tr = rows.get("%s-L%d" % (aid, ln))
                        parts.append("".join(
                            m.text() for m in (tr.find_all("mark") if tr
                                               else [])
                            if str(k) in m.attrs.get("data-f", "").split()))
                    got = "\n".join(parts)
                    want = shown(fd.get("excerpt", ""))
                    if got != want:
                        why.append("marked text %r, excerpt %r" % (got, want))
                if fd["line"] == fd["end_line"] and \
                        fd["column"] == fd["end_column"] and \
                        not any("zw" in m.classes() for m in mine):
                    why.append("empty span not shown as a marker")
            check("marked: " + where, not why, "; ".join(why))
    check("findings compared", total == sum(len(f["findings"])
                                            for f in data["files"]))

    # ---- batch, failures, summary ----------------------------------------
    batch = root.find(id="batch")
    for k, fd in enumerate(data.get("batch", [])):
        n = batch.find("li", cls="note", data_f=str(k)) if batch else None
        check("batch finding listed: %s %s" % (fd["path"], fd["rule"]),
              n is not None and n.find("span", cls="msg") is not None and
              n.find("span", cls="msg").text() == shown(fd["message"]))
    fails = root.find(id="failures")
    for fl in data.get("failures", []):
        check("failure listed: " + fl["path"],
              fails is not None and fl["message"] in fails.text() and
              fl["path"] in fails.text())
    s = data["summary"]
    cards = [c.find("b").text() for c in root.find_all("div", cls="card")]
    check("summary counts", cards[:4] == [str(s["files"]), str(s["errors"]),
                                          str(s["warnings"]),
                                          str(s["infos"])], repr(cards))
    index = root.find(id="index")
    nidx = len(list(index.find_all("tr"))) - 1 if index else 0
    check("index lists every file", nidx == len(paths),
          "%d rows" % nidx)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a crash is a failure, never a pass
        check("dom check ran", False, "%s: %s" % (type(e).__name__, e))
    print("dom: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)
