"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: header lines "key: value" up to a line "---", then body
paragraphs separated by blank lines.  Keys: lang, outlet, domain, path,
published (ISO 8601 with the outlet's UTC offset), author, section, title,
timestr (the byline time as the outlet prints it).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": ("Accept all", "Reject non-essential", "We use cookies and similar technologies to personalise content and measure traffic. You can change your choices at any time.", ["World", "Business", "Politics", "Science", "Sport", "Culture"], "Most read", "All rights reserved.", "About us", "Contact", "Privacy policy"),
    "fr": ("Tout accepter", "Tout refuser", "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", ["International", "Économie", "Politique", "Sciences", "Sport", "Culture"], "Les plus lus", "Tous droits réservés.", "Qui sommes-nous", "Contact", "Confidentialité"),
    "de": ("Alle akzeptieren", "Ablehnen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", ["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Region"], "Meistgelesen", "Alle Rechte vorbehalten.", "Impressum", "Kontakt", "Datenschutz"),
    "es": ("Aceptar todo", "Rechazar", "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.", ["Internacional", "Economía", "Política", "Ciencia", "Deportes", "Cultura"], "Lo más leído", "Todos los derechos reservados.", "Quiénes somos", "Contacto", "Privacidad"),
    "ja": ("すべて同意", "拒否する", "当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。", ["国際", "経済", "政治", "科学", "スポーツ", "文化"], "よく読まれている記事", "無断転載を禁じます。", "会社案内", "お問い合わせ", "プライバシーポリシー"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    lang = meta["lang"]
    accept, reject, cookie, menu, most, rights, about, contact, privacy = UI[lang]
    url = "https://" + meta["domain"] + meta["path"]
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    menu_html = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(menu))
    body_html = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
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
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="primary-nav">
      <ul>
{menu_html}
      </ul>
    </nav>
  </header>
  <main class="page">
    <article>
      <header class="article-header">
        <p class="kicker">{e(meta['section'])}</p>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></p>
      </header>
      <div class="article-body">
{body_html}
      </div>
    </article>
    <aside class="rail">
      <h2>{e(most)}</h2>
      <ol>
        <li><a href="/newsletters/">Newsletter</a></li>
        <li><a href="/podcasts/">Podcast</a></li>
      </ol>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(accept)}</button> <button class="reject">{e(reject)}</button>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(about)}</a></li>
      <li><a href="/contact/">{e(contact)}</a></li>
      <li><a href="/privacy/">{e(privacy)}</a></li>
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(rights)}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(name, sum(len(p) for p in paras), "chars")


if __name__ == "__main__":
    main(sys.argv[1:])
