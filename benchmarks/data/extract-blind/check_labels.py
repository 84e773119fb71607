import json, os, re
from html.parser import HTMLParser
D = os.path.dirname(os.path.abspath(__file__))
L = json.load(open(f"{D}/labels.json", encoding="utf-8"))
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.stack=[]; s.ps=[]; s.h1=[]; s.cur=None
    def handle_starttag(s,t,a):
        if t in ("p","h1"): s.cur=[t,""]
    def handle_endtag(s,t):
        if s.cur and t==s.cur[0]:
            (s.ps if t=="p" else s.h1).append(s.cur[1].strip()); s.cur=None
    def handle_data(s,d):
        if s.cur: s.cur[1]+=d
bad=0; langs={}
for n,lab in L.items():
    raw=open(f"{D}/pages/{n}.html",encoding="utf-8").read()
    p=P(); p.feed(raw)
    if lab["text"] is not None:
        for para in lab["text"].split("\n"):
            if para not in p.ps: print("MISSING", n, para[:40]); bad+=1
            if para not in raw: print("NOT RAW", n, para[:40]); bad+=1
    if p.h1 != [lab["title"]]: print("H1", n, p.h1, lab["title"]); bad+=1
    if lab["date"] is None:
        for pat in [r"\d{4}-\d{2}-\d{2}", r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}", r"\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{4}", r"\d{4}年\d{1,2}月\d{1,2}日", r"/\d{4}/\d{2}/\d{2}/"]:
            if re.search(pat, raw): print("DATE FOUND in null page", n, pat); bad+=1
    lang = "ja" if 'lang="ja"' in raw else "en"; langs[lang]=langs.get(lang,0)+1
    print(f"{n:22} {lab['class']:10} {lang} paras={0 if lab['text'] is None else len(lab['text'].split(chr(10)))} date={lab['date']}")
print("langs", langs, "bad", bad)
from collections import Counter; print(Counter(v["class"] for v in L.values()))
