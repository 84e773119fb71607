#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html. digest.txt and expected.json are hand-written in cases/."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Business", "Technology", "Security", "Opinion"],
       "fr": ["International", "Économie", "Tech", "Cybersécurité", "Débats"],
       "de": ["Politik", "Wirtschaft", "Digital", "Sicherheit", "Meinung"],
       "es": ["Internacional", "Economía", "Tecnología", "Ciberseguridad", "Opinión"],
       "ja": ["国際", "経済", "テクノロジー", "社会", "オピニオン"]}
COOKIE = {"en": ("We use cookies to improve your experience and to measure our audience.", "Accept", "Reject"),
          "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.", "Akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies propias y de terceros para analizar el tráfico.", "Aceptar", "Rechazar"),
          "ja": ("当サイトはクッキーを利用しています。", "同意する", "拒否する")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", " - ")
    pub = meta["published"]
    dt = datetime.datetime.fromisoformat(pub)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    ck = COOKIE[lang]
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(meta.get("related", "").split(" | ")) if t)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(paras[0][:150])}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead"><a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{pub}">{dt.strftime('%Y-%m-%d %H:%M')} (UTC{dt.strftime('%z')[:3]}:{dt.strftime('%z')[3:]})</time></p>
{body}
    </article>
    <aside class="related"><h2>{RELATED[lang]}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>
  <footer><p>&copy; {dt.year} {e(meta['outlet'])}</p><a href="/impressum/">Legal</a> <a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "source pages")


if __name__ == "__main__":
    main()
