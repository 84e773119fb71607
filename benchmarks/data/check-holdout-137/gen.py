"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then one paragraph per
line (blank lines ignored). Keys: lang, outlet, domain, path, published
(ISO 8601 with the outlet's UTC offset), author, section, title, display
(the byline time as the outlet prints it).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
CHROME = {
    "en": dict(menu=["World", "Business", "Space", "Defence", "Aviation", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
               acc="Accept all", rej="Reject non-essential", rel="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Espace", "Défense", "Aéronautique", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic.",
               acc="Tout accepter", rej="Refuser", rel="Sur le même sujet", foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Raumfahrt", "Verteidigung", "Luftfahrt", "Meinung"], sub="Abo",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.",
               acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema", foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Espacio", "Defensa", "Aviación", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico.",
               acc="Aceptar todo", rej="Rechazar", rel="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国際", "経済", "宇宙", "防衛", "航空", "オピニオン"], sub="購読",
               cookie="当サイトでは、コンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。",
               acc="すべて許可", rej="必須のみ", rel="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def build(meta, paras):
    c = CHROME[meta["lang"]]
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(meta.get("related", "More news|Newsletter").split("|")))
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(c["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul>
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
{body}
    </article>
    <aside class="related">
      <h3>{e(c['rel'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button>{e(c['acc'])}</button> <button>{e(c['rej'])}</button>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
