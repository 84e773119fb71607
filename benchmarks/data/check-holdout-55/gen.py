"""Generate cases/<name>/source.html from specs/<name>.json (hand-written specs).

Spec keys: lang, outlet, domain, path, published (ISO with offset), tzlabel,
author, section, title, paras (list of body paragraphs).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent

NAV = {
    "en": ["World", "Travel", "Weather", "Business", "Opinion"],
    "fr": ["Monde", "Voyage", "Météo", "Économie", "Opinions"],
    "de": ["Welt", "Reise", "Wetter", "Wirtschaft", "Meinung"],
    "es": ["Mundo", "Viajes", "Tiempo", "Economía", "Opinión"],
    "ja": ["国際", "交通", "天気", "経済", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
    "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
    "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
    "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar su elección en cualquier momento.",
    "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
}
FOOT = {
    "en": ["About us", "Contact", "Terms of use", "Privacy policy"],
    "fr": ["À propos", "Contact", "Conditions d'utilisation", "Confidentialité"],
    "de": ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
    "es": ["Quiénes somos", "Contacto", "Condiciones de uso", "Privacidad"],
    "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
}


def render(s):
    e = html.escape
    url = f"https://{s['domain']}{s['path']}"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": s["title"], "datePublished": s["published"],
        "author": {"@type": "Person", "name": s["author"]},
        "publisher": {"@type": "Organization", "name": s["outlet"]},
        "mainEntityOfPage": url,
    }
    lang = s["lang"]
    desc = s["paras"][0][:160]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(n)}</a></li>' for i, n in enumerate(FOOT[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paras"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <div class="byline"><span class="author">{e(s['author'])}</span> <time datetime="{s['published']}">{e(s['tzlabel'])}</time></div>
{body}
    </article>
    <aside class="related"><h3>Most read</h3><ol><li><a href="/more/1">Newsletter</a></li></ol></aside>
  </main>
  <div id="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>{e(COOKIE[lang])}</p>
    <button class="accept">OK</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {s['published'][:4]} {e(s['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.json"))
    for p in specs:
        if names and p.stem not in names:
            continue
        s = json.loads(p.read_text())
        out = HERE / "cases" / p.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(s))
        print(p.stem, sum(len(x) for x in s["paras"]))


if __name__ == "__main__":
    main(sys.argv[1:])
