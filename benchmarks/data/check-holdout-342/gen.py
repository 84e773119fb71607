#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

digest.txt and expected.json are written by hand in cases/<name>/ and are not
generated.  Spec header: key: value lines, then a line '---', then paragraphs
separated by blank lines (a paragraph starting with '## ' is a subheading)."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": (["News", "Transport", "City", "Business", "Opinion", "Weather"], "We use cookies to improve your experience. By continuing you accept our cookie policy.", "Accept", "Related", "Most read", "Subscribe", "All rights reserved."),
    "fr": (["Actualité", "Transports", "Métropole", "Économie", "Débats", "Météo"], "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.", "Accepter", "À lire aussi", "Les plus lus", "S'abonner", "Tous droits réservés."),
    "de": (["Nachrichten", "Verkehr", "Region", "Wirtschaft", "Meinung", "Wetter"], "Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen. Mit der Nutzung stimmen Sie zu.", "Zustimmen", "Mehr zum Thema", "Meistgelesen", "Abo", "Alle Rechte vorbehalten."),
    "es": (["Portada", "Movilidad", "Ciudad", "Economía", "Opinión", "Tiempo"], "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta nuestra política.", "Aceptar", "Relacionadas", "Lo más leído", "Suscríbete", "Todos los derechos reservados."),
    "ja": (["ニュース", "交通", "地域", "経済", "社説", "天気"], "当サイトはクッキーを使用しています。閲覧を続けることで同意したものとみなします。", "同意する", "関連記事", "よく読まれている記事", "購読", "無断転載を禁じます。"),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def article_text(paras):
    return "\n".join(p for p in paras if not p.startswith("## "))


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    items, cookie, accept, related, mostread, sub, rights = NAV[lang]
    sep = meta.get("sep", " - ")
    title = meta["title"]
    outlet = meta["outlet"]
    lead = paras[0]
    desc = lead[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/{lang}/story/{i+101}">{e(r)}</a></li>' for i, r in enumerate(rel))
    nav_html = "\n".join(f'        <li><a href="/{i.lower()}/">{e(i)}</a></li>' for i in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', 'Transport'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav_html}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <div id="cookie-banner" class="cookie">
    <p>{e(cookie)}</p>
    <button type="button">{e(accept)}</button>
  </div>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(meta.get('dateline', meta['published']))}</time></p>
{chr(10).join(body)}
    </article>
    <aside class="related">
      <h3>{e(related)}</h3>
      <ul>
{rel_html}
      </ul>
      <h3>{e(mostread)}</h3>
    </aside>
  </main>
  <footer>
    <p>© {meta['published'][:4]} {e(outlet)}. {e(rights)}</p>
    <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a>
  </footer>
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
