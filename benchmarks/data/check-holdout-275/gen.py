#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/{source.html,digest.txt,expected.json} (+ README tables)."""
import html, json, pathlib, datetime as dt

HERE = pathlib.Path(__file__).resolve().parent
IMG = ["国立国会図書館デジタルコレクション「浪華百景」を加工して作成",
       "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"]


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    body, rest = rest.split("\n=== digest\n", 1)
    dig, finds = rest.split("\n=== findings\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    d = {"hl": [], "ctx": [], "lead": [], "close": [], "intro": [], "outro": [], "tree": [], "trap": []}
    for line in dig.splitlines():
        if not line.strip():
            continue
        if line.startswith("- "):
            d["tree"][-1][1][-1][1].append(line[2:])
            continue
        k, v = line.split(":", 1)
        v = v.strip()
        if k == "topic":
            d["tree"].append((v, []))
        elif k == "sec":
            d["tree"][-1][1].append((v, []))
        elif k in ("hl", "ctx", "lead", "close", "intro", "outro", "trap"):
            d[k].append(v)
        else:
            d[k] = v
    findings = []
    for line in finds.strip().splitlines():
        if line.strip():
            kind, sev, span, note = [x.strip() for x in line.split("|", 3)]
            findings.append({"kind": kind, "severity": sev, "span": span, "note": note})
    return meta, paras, d, findings


def page(meta, paras, name):
    t = meta["title"]; o = meta["outlet"]; sep = " | " if meta.get("sep") == "|" else " - "
    e = html.escape
    lang = meta["lang"]
    words = {"en": ("Home", "Telecoms", "Broadband", "Mobile", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
             "fr": ("Accueil", "Télécoms", "Internet", "Mobile", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
             "de": ("Startseite", "Telekommunikation", "Breitband", "Mobilfunk", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
             "es": ("Portada", "Telecomunicaciones", "Banda ancha", "Móvil", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Relacionados", "Todos los derechos reservados."),
             "ja": ("トップ", "通信", "ブロードバンド", "モバイル", "当サイトはCookieを使用しています。", "同意する", "関連記事", "無断転載を禁じます。")}[lang]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": meta["url"], "inLanguage": lang}
    dom = meta["url"].split("/")[2]
    rel = "".join(f'<li><a href="https://{dom}/{x}">{e(y)}</a></li>' for x, y in
                  [(s.split("=")[0], s.split("=")[1]) for s in meta["related"].split(";")])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    pub = dt.datetime.fromisoformat(meta["published"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{sep}{e(o)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{meta['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{meta['url']}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent"><p>{words[4]}</p><button>{words[5]}</button></div>
  <header class="site-header"><a class="logo" href="https://{dom}/">{e(o)}</a>
    <nav><ul><li><a href="https://{dom}/">{words[0]}</a></li><li><a href="https://{dom}/telecoms">{words[1]}</a></li><li><a href="https://{dom}/broadband">{words[2]}</a></li><li><a href="https://{dom}/mobile">{words[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{pub.strftime('%Y-%m-%d %H:%M')}</time></p>
{body}
    </article>
    <aside class="related"><h2>{words[6]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© {pub.year} {e(o)}. {words[7]}</p></footer>
</body>
</html>
"""


def digest(meta, d):
    pub = dt.datetime.fromisoformat(meta["published"])
    out = [d["headline"] + d["posted"], "", IMG[len(d["headline"]) % 2], "【概要】", ""]
    for p in d["lead"]:
        out += [" " + p, ""]
    out += [" 主なハイライト", ""]
    for p in d["hl"]:
        out += [" " + p, ""]
    out += [" 文脈", ""]
    for p in d["ctx"]:
        out += [" " + p, ""]
    for p in d["close"]:
        out += [" " + p, ""]
    out += ["【詳細】", ""]
    for p in d["intro"]:
        out += [" " + p, ""]
    for topic, secs in d["tree"]:
        out += [" " + topic, ""]
        for i, (sec, bl) in enumerate(secs, 1):
            out += [f" {i}.{sec}", ""]
            out += [" ・" + b.split(" || ")[0] for b in bl] + [""]
    for p in d["outro"]:
        out += [" " + p, ""]
    out += ["【要点】", ""]
    for topic, secs in d["tree"]:
        out += [" " + topic, ""]
        for i, (sec, bl) in enumerate(secs, 1):
            out += [f" {i}.{sec}", ""]
            out += [" ・" + b.split(" || ")[-1] for b in bl] + [""]
    out += ["【引用・参照・底本】", ""]
    out += [f"{d.get('cite_title', meta['title'])} {d.get('cite_outlet', meta['outlet'])} {d.get('cite_date', pub.strftime('%Y.%m.%d'))}", ""]
    out += [d.get("cite_url", meta["url"])]
    return "\n".join(out) + "\n"


def load_all():
    return [(p.stem,) + parse(p) for p in sorted((HERE / "specs").glob("*.txt"))]


def main():
    for name, meta, paras, d, f in load_all():
        c = HERE / "cases" / name
        c.mkdir(parents=True, exist_ok=True)
        (c / "source.html").write_text(page(meta, paras, name), encoding="utf-8")
        (c / "digest.txt").write_text(digest(meta, d), encoding="utf-8")
        exp = {"clean": not f, "findings": [{k: x[k] for k in ("kind", "severity", "span")} for x in f]}
        (c / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(load_all()), "cases")


if __name__ == "__main__":
    main()
