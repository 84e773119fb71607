#!/usr/bin/env python3
"""Self-check of the extract-blind-3 labels (stdlib only; does not use yoten).

Checks, for every page in pages/ and every entry in labels.json:

- every page has a label and every label a page;
- each label has exactly the fields class, title, date, text, note, with valid
  values (class in the four classes, date YYYY-MM-DD or null, text str or null);
- the page has exactly one <h1>, and its text equals the title label;
- every label paragraph (text split on "\n") is the full text of a <p> in the
  page, occurs verbatim in the raw HTML, and the paragraphs are in page order;
- a labelled date is shown in the page's visible text in a common form
  (ISO, 2025年1月2日, 令和7年1月2日, 2025/1/2, 2025.01.02, 2/1/2025,
  English month names and abbreviations such as "Sept. 14, 2021");
- a page labelled date null shows no full date in those forms or in a
  /YYYY/MM/DD/ path;
- every absolute URL in the page is on a .example host (schema.org, the JSON-LD
  vocabulary, excepted), and the footer says
  the page is fictional.

Prints the pages per class and language, and OK (exit 0) or the problems
(exit 1).
"""
from __future__ import annotations

import datetime as dt
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
MONTH_ABBR = [["Jan"], ["Feb"], ["Mar"], ["Apr"], ["May"], ["Jun", "June"],
              ["Jul", "July"], ["Aug"], ["Sep", "Sept"], ["Oct"], ["Nov"], ["Dec"]]
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}


class Page(HTMLParser):
    """Collects <p> and <h1> texts, visible text and the lang attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ps: list[str] = []
        self.h1s: list[str] = []
        self.visible: list[str] = []
        self.lang = ""
        self._p: list[str] | None = None
        self._h1: list[str] | None = None
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang", "")
        if tag in ("head", "script", "style", "template"):
            self._hidden += 1
        if tag == "p":
            self._p = []
        if tag == "h1":
            self._h1 = []

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template"):
            self._hidden -= 1
        if tag == "p" and self._p is not None:
            self.ps.append("".join(self._p).strip())
            self._p = None
        if tag == "h1" and self._h1 is not None:
            self.h1s.append("".join(self._h1).strip())
            self._h1 = None

    def handle_data(self, data):
        if self._p is not None:
            self._p.append(data)
        if self._h1 is not None:
            self._h1.append(data)
        if not self._hidden:
            self.visible.append(data)


def date_forms(d: dt.date) -> list[str]:
    """Regexes that match d in the common written forms."""
    y, m, day = d.year, d.month, d.day
    m0, d0 = f"0?{m}", f"0?{day}"
    forms = [
        rf"{y}-{m:02d}-{day:02d}",
        rf"{y}\s*年\s*{m0}\s*月\s*{d0}\s*日",
        rf"(?<!\d){y}/{m0}/{d0}(?!\d)",
        rf"(?<!\d){y}\.{m0}\.{d0}(?!\d)",
        rf"(?<![\d/]){d0}/{m0}/{y}(?!\d)",
    ]
    for era, base in ERAS.items():
        n = y - base
        if n >= 1:
            era_year = "(?:元|1)" if n == 1 else str(n)
            forms.append(rf"{era}\s*{era_year}\s*年\s*{m0}\s*月\s*{d0}\s*日")
    names = [MONTHS[m - 1]] + MONTH_ABBR[m - 1]
    alt = "(?:" + "|".join(re.escape(n) for n in names) + r")\.?"
    forms.append(rf"{alt}\s+{day},?\s+{y}")
    forms.append(rf"(?<!\d){day}(?:st|nd|rd|th)?\s+{alt},?\s+{y}")
    return forms


ANY_FULL_DATE = [
    r"\d{4}-\d{2}-\d{2}",
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
    r"(?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
    r"(?<!\d)\d{4}[/.]\d{1,2}[/.]\d{1,2}(?!\d)",
    r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)",
    r"/\d{4}/\d{2}/\d{2}/",
    r"(?:" + "|".join(MONTHS + [a for abbr in MONTH_ABBR for a in abbr]) + r")\.?\s+\d{1,2},?\s+\d{4}",
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTHS + [a for abbr in MONTH_ABBR for a in abbr]) + r")\.?,?\s+\d{4}",
]


def check(name: str, label: dict, raw: str, problems: list[str]) -> str:
    def bad(msg: str) -> None:
        problems.append(f"{name}: {msg}")

    if set(label) != FIELDS:
        bad(f"fields {sorted(label)} != {sorted(FIELDS)}")
        return ""
    if label["class"] not in CLASSES:
        bad(f"class {label['class']!r}")
    if not isinstance(label["title"], str) or not label["title"]:
        bad("title must be a non-empty string")
    if not isinstance(label["note"], str) or not label["note"]:
        bad("note must be a non-empty string")
    date = None
    if label["date"] is not None:
        try:
            date = dt.date.fromisoformat(label["date"])
        except (TypeError, ValueError):
            bad(f"date {label['date']!r} is not YYYY-MM-DD")
    if label["text"] is not None and (not isinstance(label["text"], str) or not label["text"].strip()):
        bad("text must be a non-empty string or null")

    page = Page()
    page.feed(raw)
    page.close()
    visible = re.sub(r"\s+", " ", "".join(page.visible))

    if len(page.h1s) != 1:
        bad(f"{len(page.h1s)} <h1> elements")
    elif page.h1s[0] != label["title"]:
        bad(f"<h1> {page.h1s[0]!r} != title {label['title']!r}")

    if isinstance(label["text"], str):
        last = -1
        for para in label["text"].split("\n"):
            if para not in raw:
                bad(f"paragraph not verbatim in HTML: {para[:40]!r}")
            if para not in page.ps:
                bad(f"paragraph is not the text of a <p>: {para[:40]!r}")
                continue
            idx = page.ps.index(para, last + 1) if para in page.ps[last + 1:] else -1
            if idx < 0:
                bad(f"paragraph out of page order: {para[:40]!r}")
            else:
                last = idx

    if date is not None:
        if not any(re.search(f, visible) for f in date_forms(date)):
            bad(f"date {date} is not shown in the visible text")
    elif label["date"] is None:
        for pat in ANY_FULL_DATE:
            m = re.search(pat, raw)
            if m:
                bad(f"date null but the page has a full date: {m.group(0)!r}")

    for host in re.findall(r"https?://([^/\"'\s>]+)", raw):
        if host != "schema.org" and not host.split(":")[0].endswith(".example"):
            bad(f"non-.example host {host}")
    if "架空" not in visible and "fictional" not in visible.lower():
        bad("no note that the page is fictional")
    return page.lang.split("-")[0]


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    pages = {p.stem: p for p in sorted((HERE / "pages").glob("*.html"))}
    problems: list[str] = []
    for name in sorted(set(pages) - set(labels)):
        problems.append(f"{name}: page without label")
    for name in sorted(set(labels) - set(pages)):
        problems.append(f"{name}: label without page")
    per = Counter()
    for name in sorted(set(pages) & set(labels)):
        label = labels[name]
        lang = check(name, label, pages[name].read_text(encoding="utf-8"), problems)
        per[(label.get("class"), lang)] += 1
    for cls in sorted({c for c, _ in per}):
        langs = ", ".join(f"{lang} {n}" for (c, lang), n in sorted(per.items()) if c == cls)
        print(f"{cls:11} {langs}")
    null_text = sum(1 for v in labels.values() if v.get("text") is None)
    null_date = sum(1 for v in labels.values() if v.get("date") is None)
    print(f"{len(labels)} pages, {null_text} with text null, {null_date} with date null")
    if problems:
        print("\n".join(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
