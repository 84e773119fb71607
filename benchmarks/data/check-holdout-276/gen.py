#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/{source.html,digest.txt,expected.json}.

Spec format: header lines "key: value" until a blank line; article paragraphs
(one per line) until "=== digest"; digest lines with tags (H LEAD HL CX CL DI
T S B D K DC CITE URL); "=== findings" with "F: kind|severity|span|slip|correct";
"=== traps" with free lines (derived values and their computation).
"""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
IMG = "国立国会図書館デジタルコレクション「{}」を加工して作成"
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todo / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
NAV = {"en": ["Home", "Health", "Business", "Science", "Opinion"],
       "fr": ["Accueil", "Santé", "Économie", "Sciences", "Opinions"],
       "de": ["Startseite", "Gesundheit", "Wirtschaft", "Wissen", "Meinung"],
       "es": ["Portada", "Salud", "Economía", "Ciencia", "Opinión"],
       "ja": ["トップ", "医療", "経済", "科学", "社説"]}
REL = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionados", "ja": "関連記事"}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    body, rest = rest.split("=== digest\n", 1)
    dig, rest = rest.split("=== findings\n", 1)
    fnd, traps = rest.split("=== traps\n", 1)
    paras = [p.strip() for p in body.strip().splitlines() if p.strip()]
    dlines = [l.split(": ", 1) for l in dig.strip().splitlines() if l.strip()]
    finds = [l[3:].split("|") for l in fnd.strip().splitlines() if l.startswith("F: ")]
    return meta, paras, dlines, finds, [t for t in traps.strip().splitlines() if t.strip()]


def source_html(meta, paras):
    lang = meta["lang"]
    t, o = meta["title"], meta["outlet"]
    sep = meta.get("sep", " - ")
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": meta["url"]}
    rel = "".join(f'<li><a href="{e(meta["url"].rsplit("/",1)[0])}/{i}">{e(r)}</a></li>'
                  for i, r in enumerate(meta.get("related", "").split(" ;; "), 1) if r)
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    nav = "".join(f'<li><a href="/{n.lower()}">{e(n)}</a></li>' for n in NAV[lang])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{sep}{e(o)}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', 'Health'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])}</div>
  <header class="site-header"><a class="logo" href="/">{e(o)}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{ps}
    </article>
    <aside class="related"><h2>{REL[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(o)}. {e(meta.get('footer', 'All rights reserved.'))}</p></footer>
</body>
</html>
"""


def digest(meta, dl):
    g = {}
    for tag, val in dl:
        g.setdefault(tag, []).append(val)
    out = [g["H"][0] + meta["posted"], "", IMG.format(meta.get("img", "名所江戸百景")), "【概要】", ""]
    for p in g["LEAD"]:
        out += [" " + p, ""]
    out += [" 主なハイライト", ""]
    for x in g["HL"]:
        out += [" " + x.replace("|", ":", 1), ""]
    out += [" 文脈", ""]
    for x in g["CX"]:
        out += [" " + x.replace("|", ":", 1), ""]
    for p in g.get("CL", []):
        out += [" " + p, ""]
    out += ["【詳細】", ""]
    for p in g["DI"]:
        out += [" " + p, ""]
    # tree
    tree, cur = [], None
    for tag, val in dl:
        if tag == "T":
            tree.append((val, []))
        elif tag == "S":
            tree[-1][1].append((val, []))
        elif tag in ("B", "D", "K"):
            tree[-1][1][-1][1].append((tag, val))
    for topic, secs in tree:
        out += [" " + topic, ""]
        for i, (sh, items) in enumerate(secs, 1):
            out += [f" {i}.{sh}", ""]
            for tag, v in items:
                if tag in ("B", "D"):
                    out.append(" ・" + v)
            out.append("")
    for p in g.get("DC", []):
        out += [" " + p, ""]
    out += ["【要点】", ""]
    for topic, secs in tree:
        out += [" " + topic, ""]
        for i, (sh, items) in enumerate(secs, 1):
            out += [f" {i}.{sh}", ""]
            for tag, v in items:
                if tag in ("B", "K"):
                    out.append(" ・" + v)
            out.append("")
    d = meta["cite_date"]
    cite = g.get("CITE", [f"{meta['title']} {meta['outlet']} {d}"])[0]
    url = g.get("URL", [meta["url"]])[0]
    out += ["【引用・参照・底本】", "", cite, "", url, ""]
    return "\n".join(out)


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras, dl, finds, _ = parse(spec)
        c = HERE / "cases" / spec.stem
        c.mkdir(parents=True, exist_ok=True)
        (c / "source.html").write_text(source_html(meta, paras), encoding="utf-8")
        (c / "digest.txt").write_text(digest(meta, dl), encoding="utf-8")
        exp = {"clean": not finds,
               "findings": [{"kind": f[0], "severity": f[1], "span": f[2]} for f in finds]}
        (c / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
