"""specs/<name>.txt -> cases/<name>/source.html

Spec format: 'key: value' header lines (lang, outlet, url, published, author,
section, title, timestr), a blank line, then article paragraphs separated by
blank lines.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
    "en": (["World", "Business", "Environment", "Cities", "Opinion"], "Subscribe",
           "We use cookies to personalise content and analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject", "Related", "About us", "Privacy policy", "All rights reserved."),
    "fr": (["International", "Économie", "Planète", "Régions", "Opinions"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "À lire aussi", "Qui sommes-nous", "Confidentialité", "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Umwelt", "Region", "Meinung"], "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Impressum", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": (["Internacional", "Economía", "Clima", "Regiones", "Opinión"], "Suscríbete",
           "Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
           "Aceptar todo", "Rechazar", "Relacionados", "Quiénes somos", "Privacidad", "Todos los derechos reservados."),
    "ja": (["国際", "経済", "環境", "地域", "オピニオン"], "購読する",
           "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて許可", "拒否", "関連記事", "会社概要", "プライバシー", "無断転載を禁じます。"),
}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    nav, sub, cookie, acc, rej, rel, about, priv, rights = UI[meta["lang"]]
    outlet, title, url, pub = meta["outlet"], meta["title"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    related = meta.get("related", "").split(" | ") if meta.get("related") else []
    out = [f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>"""]
    for i, n in enumerate(nav):
        out.append(f'      <li><a href="/s{i}/">{e(n)}</a></li>')
    out.append(f"""    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['timestr'])}</time></p>""")
    for p in paras:
        out.append(f"      <p>{e(p)}</p>")
    out.append(f"""    </article>
    <aside class="related">
      <h3>{e(rel)}</h3>
      <ul>""")
    for i, r in enumerate(related):
        out.append(f'        <li><a href="/r/{i}">{e(r)}</a></li>')
    out.append(f"""      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer>
    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(rights)}</p>
  </footer>
</body>
</html>
""")
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse(s)
        d = HERE / "cases" / s.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{s.stem}: {meta['lang']} {words} {'chars' if meta['lang']=='ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
