"""Self-check of the extract-blind-4 labels (stdlib only; does not use yoten).

Checks: every page has a label and every label a page; fields, classes and
dates are well formed; the page's only <h1> equals the title label; every
label paragraph is the text of a <p> in the page, occurs verbatim in the raw
HTML, and the paragraphs are in page order; a labelled date is shown in the
page's visible text in a common form; pages labelled date null show no full
date; every absolute URL is on a .example host; the footer says the page is
fictional.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASSES = {"wrong-text", "date", "title", "control"}
FIELDS = {"class", "title", "date", "text", "note"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
SKIP = {"script", "style", "head", "title", "textarea"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.h1: list[str] = []
        self.paras: list[str] = []
        self.visible: list[str] = []
        self.footer: list[str] = []
        self._h1: list[str] | None = None
        self._p: list[list[str]] = []
        self._skip = 0
        self._footer = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self._skip += 1
        if tag == "footer":
            self._footer += 1
        if tag == "h1":
            self._h1 = []
        if tag == "p":
            self._p.append([])

    def handle_endtag(self, tag):
        if tag in SKIP:
            self._skip -= 1
        if tag == "footer":
            self._footer -= 1
        if tag == "h1" and self._h1 is not None:
            self.h1.append("".join(self._h1).strip())
            self._h1 = None
        if tag == "p" and self._p:
            self.paras.append("".join(self._p.pop()).strip())
        self.visible.append(" ")

    def handle_data(self, data):
        if self._skip:
            return
        self.visible.append(data)
        if self._footer:
            self.footer.append(data)
        if self._h1 is not None:
            self._h1.append(data)
        for p in self._p:
            p.append(data)


def era(y: int, m: int, d: int) -> list[str]:
    out = []
    if (y, m, d) >= (2019, 5, 1):
        n = y - 2018
        out.append("令和" + ("元" if n == 1 else str(n)) + "年")
    elif (y, m, d) >= (1989, 1, 8):
        n = y - 1988
        out.append("平成" + ("元" if n == 1 else str(n)) + "年")
    return [e + f"{m}月{d}日" for e in out]


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    forms = [iso, f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", *era(y, m, d)]
    for sep in "/.":
        forms += [f"{y}{sep}{m}{sep}{d}", f"{y}{sep}{m:02d}{sep}{d:02d}",
                  f"{d}{sep}{m}{sep}{y}", f"{d:02d}{sep}{m:02d}{sep}{y}",
                  f"{m}{sep}{d}{sep}{y}", f"{m:02d}{sep}{d:02d}{sep}{y}"]
    for name in {MONTHS[m - 1], ABBR[m - 1], ABBR[m - 1] + "."}:
        forms += [f"{d} {name} {y}", f"{name} {d}, {y}", f"{name} {d} {y}"]
    return forms


FULL_DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\d{4}年\d{1,2}月\d{1,2}日|(?:令和|平成)(?:元|\d+)年\d{1,2}月\d{1,2}日"
    r"|\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b\d{1,2} (?:" + "|".join(MONTHS + ABBR) + r")\.? \d{4}\b"
    r"|\b(?:" + "|".join(MONTHS + ABBR) + r")\.? \d{1,2},? \d{4}\b")


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    pages = {p.stem: p for p in sorted((HERE / "pages").glob("*.html"))}
    errors: list[str] = []
    for name in sorted(set(pages) ^ set(labels)):
        errors.append(f"{name}: page without label or label without page")
    counts: Counter = Counter()
    null_text = null_date = 0
    for name in sorted(set(pages) & set(labels)):
        lab = labels[name]
        err = lambda msg: errors.append(f"{name}: {msg}")  # noqa: E731
        if set(lab) != FIELDS:
            err(f"fields {sorted(lab)}")
            continue
        if lab["class"] not in CLASSES:
            err(f"class {lab['class']!r}")
        if not isinstance(lab["title"], str) or not lab["title"]:
            err("title must be a non-empty string")
        if not isinstance(lab["note"], str) or not lab["note"]:
            err("note must be a non-empty string")
        if lab["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(lab["date"])):
            err(f"date {lab['date']!r}")
        if lab["text"] is not None and (not isinstance(lab["text"], str) or not lab["text"].strip()):
            err("text must be null or a non-empty string")
        raw = pages[name].read_text(encoding="utf-8")
        lang = "ja" if 'lang="ja' in raw else "en"
        counts[(lab["class"], lang)] += 1
        pg = Page()
        pg.feed(raw)
        pg.close()
        if pg.h1 != [lab["title"]]:
            err(f"h1 {pg.h1!r} != title")
        if lab["text"] is None:
            null_text += 1
        else:
            pos = -1
            idx = -1
            for para in lab["text"].split("\n"):
                if para not in pg.paras:
                    err(f"paragraph is not a <p> text: {para[:40]!r}")
                    continue
                if para not in raw:
                    err(f"paragraph not verbatim in HTML: {para[:40]!r}")
                    continue
                i = pg.paras.index(para)
                if i <= idx or raw.index(para) <= pos:
                    err(f"paragraph out of order: {para[:40]!r}")
                idx, pos = i, raw.index(para)
        visible = re.sub(r"\s+", " ", "".join(pg.visible))
        if lab["date"] is None:
            null_date += 1
            hit = FULL_DATE.search(visible)
            if hit:
                err(f"date null but the page shows {hit.group(0)!r}")
        elif not any(f in visible for f in date_forms(lab["date"])):
            err(f"date {lab['date']} not shown in visible text")
        for host in re.findall(r"https?://([^/\"'\s<>]+)", raw):
            if not (host.endswith(".example") or host == "schema.org"):
                err(f"non-.example host {host}")
        foot = "".join(pg.footer)
        if "架空" not in foot and "fictional" not in foot:
            err("footer does not say the page is fictional")
    for cls in sorted(CLASSES):
        print(f"{cls:<11} en {counts[(cls, 'en')]}, ja {counts[(cls, 'ja')]}")
    print(f"{len(pages)} pages, {null_text} with text null, {null_date} with date null")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
