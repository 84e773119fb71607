#!/usr/bin/env python3
"""Self-check of extract-blind-2's labels (standard library only; does not use yoten).

Checks, for every page in labels.json:
- the page file exists, and every file in pages/ has a label;
- the label has exactly the fields class/title/date/text/note, class is known,
  date is YYYY-MM-DD or null, text is a string or null;
- the page has exactly one <h1>, and its text equals the title label;
- every label paragraph is the text of a <p> in the page, occurs verbatim in the
  raw HTML, and the paragraphs occur in page order;
- a page labelled with a date shows that date somewhere (ISO, 年月日, slashes,
  dots or an English month name); a page labelled date null contains no full
  date in any of those formats.
Prints a summary and "OK"; exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = {"control", "wrong-text", "date", "title"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE_RES = [
    r"\b(19|20)\d\d-\d\d-\d\d",
    r"(19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
    r"\b(19|20)\d\d[/.]\d{1,2}[/.]\d{1,2}\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.](19|20)\d\d\b",
    MON_RE + r"\s+\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d\d",
    r"\b\d{1,2}(st|nd|rd|th)?\s+" + MON_RE + r",?\s+(19|20)\d\d",
    r"/(19|20)\d\d/\d\d/\d\d/",
]


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.h1 = []
        self.ps = []
        self.cur = {}

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "p"):
            self.cur[tag] = []

    def handle_endtag(self, tag):
        if tag in ("h1", "p") and tag in self.cur:
            text = re.sub(r"[ \t\r\n]+", " ", "".join(self.cur.pop(tag))).strip()
            (self.h1 if tag == "h1" else self.ps).append(text)

    def handle_data(self, data):
        for parts in self.cur.values():
            parts.append(data)


def date_forms(d):
    y, m, dd = d.year, d.month, d.day
    return [d.isoformat(), f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{y}/{m}/{dd}",
            f"{y}.{m:02d}.{dd:02d}", f"{MONTHS[m - 1]} {dd}, {y}", f"{dd} {MONTHS[m - 1]} {y}",
            f"{MONTHS[m - 1][:3]} {dd}, {y}", f"{MONTHS[m - 1][:3]}. {dd}, {y}"]


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = {f[:-5] for f in os.listdir(os.path.join(HERE, "pages")) if f.endswith(".html")}
    problems = []
    if files != set(labels):
        problems.append(f"pages without labels: {sorted(files - set(labels))}; "
                        f"labels without pages: {sorted(set(labels) - files)}")
    counts = {}
    for name, lab in labels.items():
        path = os.path.join(HERE, "pages", name + ".html")
        if not os.path.exists(path):
            continue
        raw = open(path, encoding="utf-8").read()
        lang = re.search(r'<html lang="([a-z]+)', raw).group(1)
        if set(lab) != {"class", "title", "date", "text", "note"}:
            problems.append(f"{name}: fields {sorted(lab)}")
            continue
        if lab["class"] not in CLASSES:
            problems.append(f"{name}: unknown class {lab['class']!r}")
        counts.setdefault(lab["class"], {}).setdefault(lang, 0)
        counts[lab["class"]][lang] += 1
        p = Page()
        p.feed(raw)
        if len(p.h1) != 1:
            problems.append(f"{name}: {len(p.h1)} <h1> elements")
        elif p.h1[0] != lab["title"]:
            problems.append(f"{name}: <h1> {p.h1[0]!r} != title {lab['title']!r}")
        if lab["text"] is not None:
            pos = -1
            for para in lab["text"].split("\n"):
                if para not in p.ps:
                    problems.append(f"{name}: paragraph not a <p>: {para[:40]!r}")
                    continue
                if para not in raw:
                    problems.append(f"{name}: paragraph not verbatim in HTML: {para[:40]!r}")
                idx = p.ps.index(para)
                if idx <= pos:
                    problems.append(f"{name}: paragraph out of order: {para[:40]!r}")
                pos = idx
        elif lab["class"] != "wrong-text":
            problems.append(f"{name}: text null outside wrong-text")
        if lab["date"] is None:
            for rx in FULL_DATE_RES:
                m = re.search(rx, raw)
                if m:
                    problems.append(f"{name}: date null but page has {m.group(0)!r}")
        else:
            try:
                d = datetime.date.fromisoformat(lab["date"])
            except ValueError:
                problems.append(f"{name}: bad date {lab['date']!r}")
                continue
            if not any(f in raw for f in date_forms(d)):
                problems.append(f"{name}: date {lab['date']} not shown on the page")
    for cls in sorted(counts):
        print(f"{cls:11s} " + ", ".join(f"{k} {v}" for k, v in sorted(counts[cls].items())))
    print(f"{len(labels)} pages, {sum(1 for v in labels.values() if v['text'] is None)} with text null, "
          f"{sum(1 for v in labels.values() if v['date'] is None)} with date null")
    for pr in problems:
        print("PROBLEM", pr)
    if problems:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
