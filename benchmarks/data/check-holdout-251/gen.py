#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/{source.html,digest.txt,expected.json} and README tables.

Spec file: header lines "key: value" (lang, outlet, site, url, published, title,
author, section, topic), then "---", then article paragraphs separated by blank
lines; then "=== digest" (compact house-format markup, see render_digest);
then "=== expected" (span | kind | severity | slip / correct value);
then "=== derived" (value | computation), listed in README.
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_spec(path):
    text = open(path, encoding="utf-8").read()
    parts = re.split(r"^=== (\w+)\s*$", text, flags=re.M)
    head, body = parts[0].split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in body.strip().split("\n\n") if p.strip()]
    sec = {}
    for i in range(1, len(parts), 2):
        sec[parts[i]] = parts[i + 1].strip("\n")
    return meta, paras, sec


def render_digest(src):
    """Markup: H headline, D post date, L lead, HL highlight, CX context, C closing,
    I intro, T topic, S section, P paragraph, B bullet, E closing (詳細),
    KT/KS/KB 要点 topic/section/bullet, CITE citation line, URL."""
    out = []
    st = {"hl": False, "cx": False}
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, val = line.partition(" ")
        if tag == "H":
            head = val
        elif tag == "D":
            out.append(head + val)
            out.append("")
            out.append("国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成")
            out.append("【概要】")
            out.append("")
        elif tag == "L":
            out += [" " + val, ""]
        elif tag == "HL":
            if not st["hl"]:
                out += [" 主なハイライト", ""]
                st["hl"] = True
            out += [" " + val, ""]
        elif tag == "CX":
            if not st["cx"]:
                out += [" 文脈", ""]
                st["cx"] = True
            out += [" " + val, ""]
        elif tag == "C":
            out += [" " + val, ""]
        elif tag == "I":
            if "【詳細】" not in out:
                out += ["【詳細】", ""]
            out += [" " + val, ""]
        elif tag in ("T", "KT"):
            if tag == "KT" and "【要点】" not in out:
                out += ["【要点】", ""]
            out += [" " + val, ""]
        elif tag in ("S", "KS"):
            out += [" " + val, ""]
        elif tag == "P":
            out += [" " + val, ""]
        elif tag in ("B", "KB"):
            if out and out[-1] == "" and len(out) > 1 and out[-2].startswith(" ・"):
                out.pop()
            out += [" ・" + val, ""]
        elif tag == "E":
            out += [" " + val, ""]
        elif tag == "CITE":
            out += ["【引用・参照・底本】", "", val, ""]
        elif tag == "URL":
            out += [val]
        else:
            raise ValueError("bad tag %r" % tag)
    return "\n".join(out) + "\n"


NAV = {
    "en": ("Home", "Housing", "Markets", "Economy", "Opinion", "Accept all cookies",
           "We use cookies to improve your experience and measure traffic.", "Related stories", "All rights reserved."),
    "fr": ("Accueil", "Immobilier", "Économie", "Marchés", "Opinions", "Tout accepter",
           "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "À lire aussi", "Tous droits réservés."),
    "de": ("Startseite", "Immobilien", "Wirtschaft", "Finanzen", "Meinung", "Alle akzeptieren",
           "Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.", "Mehr zum Thema", "Alle Rechte vorbehalten."),
    "es": ("Portada", "Vivienda", "Economía", "Mercados", "Opinión", "Aceptar todo",
           "Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Noticias relacionadas", "Todos los derechos reservados."),
    "ja": ("トップ", "住宅・不動産", "経済", "マーケット", "オピニオン", "すべて同意",
           "当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "関連記事", "無断転載を禁じます。"),
}


def render_html(meta, paras, related):
    e = html.escape
    lang = meta["lang"]
    n = NAV[lang]
    sep = " | " if meta.get("sep") == "pipe" else " - "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    body = "\n".join("      <p>%s</p>" % e(p) for p in paras)
    rel = "\n".join('        <li><a href="%s/%s">%s</a></li>' % (meta["site"], r[0], e(r[1])) for r in related)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{meta['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{meta['url']}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', n[1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(n[6])}</p><button>{e(n[5])}</button></div>
  <header class="masthead"><a href="{meta['site']}/" class="logo">{e(meta['outlet'])}</a>
    <nav><ul><li><a href="/">{n[0]}</a></li><li><a href="/housing">{n[1]}</a></li><li><a href="/economy">{n[2]}</a></li><li><a href="/markets">{n[3]}</a></li><li><a href="/opinion">{n[4]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{n[7]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}. {n[8]}</p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def load_all():
    out = []
    for fn in sorted(os.listdir(os.path.join(HERE, "specs"))):
        if fn.endswith(".txt"):
            name = fn[:-4]
            meta, paras, sec = parse_spec(os.path.join(HERE, "specs", fn))
            out.append((name, meta, paras, sec))
    return out


def expected_of(sec):
    finds = []
    for line in sec.get("expected", "").splitlines():
        if line.strip():
            span, kind, sev, note = [x.strip() for x in line.split("|", 3)]
            finds.append({"kind": kind, "severity": sev, "span": span, "note": note})
    return finds


def main():
    cases = load_all()
    for name, meta, paras, sec in cases:
        d = os.path.join(HERE, "cases", name)
        os.makedirs(d, exist_ok=True)
        related = [("housing/latest", meta.get("rel1", "More housing news")), ("economy/rates", meta.get("rel2", "Rates and the economy"))]
        open(os.path.join(d, "source.html"), "w", encoding="utf-8").write(render_html(meta, paras, related))
        open(os.path.join(d, "digest.txt"), "w", encoding="utf-8").write(render_digest(sec["digest"]))
        finds = expected_of(sec)
        exp = {"clean": not finds, "findings": [{k: f[k] for k in ("kind", "severity", "span")} for f in finds]}
        open(os.path.join(d, "expected.json"), "w", encoding="utf-8").write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")
    # README tables
    rows = ["| case | lang | outlet (UTC offset) | topic |", "|---|---|---|---|"]
    traps, planted = [], ["| case | span | kind / severity | slip (correct value) |", "|---|---|---|---|"]
    for name, meta, paras, sec in cases:
        rows.append("| %s | %s | %s (%s) | %s |" % (name, meta["lang"], meta["outlet"], meta["published"][-6:], meta["topic"]))
        if name.startswith("clean-"):
            traps.append("### %s\n" % name)
            for line in sec.get("derived", "").splitlines():
                if line.strip():
                    v, c = [x.strip() for x in line.split("|", 1)]
                    traps.append("- `%s` — %s" % (v, c))
            traps.append("")
        for f in expected_of(sec):
            planted.append("| %s | `%s` | %s / %s | %s |" % (name, f["span"], f["kind"], f["severity"], f["note"]))
    tpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read() if os.path.exists(os.path.join(HERE, "README.in")) else None
    if tpl:
        readme = tpl.replace("@@CASES@@", "\n".join(rows)).replace("@@TRAPS@@", "\n".join(traps)).replace("@@PLANTED@@", "\n".join(planted))
        open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)


if __name__ == "__main__":
    main()
