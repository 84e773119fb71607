"""Build cases/<name>/source.html from specs/<source>.txt.

Spec format: 'key: value' header lines, a blank line, then body paragraphs
separated by blank lines.  Keys: lang, outlet, domain, path, title, published
(ISO 8601 with the outlet's UTC offset), shown (the human date line), author,
section, cases (space-separated case names that share this source).
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Courts", "Crime", "Sport", "Business", "Opinion"],
       "fr": ["Monde", "Justice", "Faits divers", "Sport", "Économie", "Opinions"],
       "de": ["Welt", "Justiz", "Panorama", "Sport", "Wirtschaft", "Meinung"],
       "es": ["Mundo", "Tribunales", "Sucesos", "Deportes", "Economía", "Opinión"],
       "ja": ["国際", "社会", "事件", "スポーツ", "経済", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and to analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "同意する", "拒否する")}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang, outlet = meta["lang"], meta["outlet"]
    url = f"https://{meta['domain']}{meta['path']}"
    title = meta["title"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": meta["published"], "inLanguage": lang,
                     "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    ck = COOKIE[lang]
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['shown'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>{e(NAV[lang][0])}</h3><ul><li><a href="/latest/">…</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>
  <footer><p>&copy; {year} {e(outlet)}. {e(FOOT[lang])}</p></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        page = render(meta, paras)
        for name in meta["cases"].split():
            d = HERE / "cases" / name
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(page, encoding="utf-8")
            print(name, sum(len(p) for p in paras))




def make_err():
    """specs/<err-case>.err.json: {"base": clean case, "replace": [[old, new], ...],
    "findings": [...]}.  Each replacement is applied to the first occurrence only
    (a hurried writer slips once); the result is the err case's digest."""
    for spec in sorted((HERE / "specs").glob("*.err.json")):
        s = json.loads(spec.read_text(encoding="utf-8"))
        text = (HERE / "cases" / s["base"] / "digest.txt").read_text(encoding="utf-8")
        for old, new in s["replace"]:
            assert old in text, (spec.name, old)
            text = text.replace(old, new, 1)
        name = spec.name[:-len(".err.json")]
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "digest.txt").write_text(text, encoding="utf-8")
        (d / "expected.json").write_text(json.dumps({"clean": False, "findings": s["findings"]},
                                                    ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, len(s["findings"]), "findings")


if __name__ == "__main__":
    main()
    make_err()
