#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and expected.json.

Spec header lines "key: value" until a line "---"; then paragraphs separated by
blank lines. Header keys: lang, outlet, url, published, title, author, section,
topic, finding (repeatable: kind|severity|span|slip|correct value).
digest.txt is written by hand in cases/<name>/ and not touched here.
"""
import html, json, pathlib, datetime, unicodedata

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Weather", "Climate", "Science", "Business", "Opinion"],
       "fr": ["International", "Météo", "Climat", "Sciences", "Économie", "Opinions"],
       "de": ["Politik", "Wetter", "Klima", "Wissen", "Wirtschaft", "Meinung"],
       "es": ["Internacional", "Tiempo", "Clima", "Ciencia", "Economía", "Opinión"],
       "ja": ["国内", "天気", "気候", "科学", "経済", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all | Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren | Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas | Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する | 設定"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def slug(text, i):
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return s or f"section{i}"


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {"finding": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "finding":
            kind, sev, span, slip, correct = [x.strip() for x in v.split("|")]
            meta["finding"].append({"kind": kind, "severity": sev, "span": span,
                                    "slip": slip, "correct": correct})
        else:
            meta[k] = v
    meta["paragraphs"] = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta


def page(m):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title = m["lang"], m["outlet"], m["title"]
    sep = " | " if len(outlet) % 2 else " - "
    pub = m["published"]
    dt = datetime.datetime.fromisoformat(pub)
    desc = m["paragraphs"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": pub, "author": {"@type": "Person", "name": m["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": m["url"]}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{slug(x, i)}/">{e(x)}</a></li>' for i, x in enumerate(NAV[lang]))
    base = m["url"].split("/")[2]
    rel = "\n".join(f'      <li><a href="https://{base}/archive/{i}">{e(t.strip())}</a></li>'
                    for i, t in enumerate(m.get("related", "").split(";")) if t.strip())
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(m.get('section', ''))}">
  <meta name="author" content="{e(m['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">{e(COOKIE[lang])}</div>
  <header class="masthead"><a class="brand" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{pub}">{dt.strftime('%Y-%m-%d %H:%M')} (UTC{pub[-6:]})</time></p>
{paras}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer>&copy; {dt.year} {e(outlet)} &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        m = parse_spec(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(m), encoding="utf-8")
        exp = {"clean": not m["finding"],
               "findings": [{"kind": f["kind"], "severity": f["severity"], "span": f["span"]}
                            for f in m["finding"]]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
