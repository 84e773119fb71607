"""Generate source.html and expected.json for each case from specs/<name>.json.

A spec: name, lang, outlet, domain, path, title, section, author,
published (ISO with the outlet's UTC offset), shown (byline time text),
paras (body paragraphs), findings (expected findings list).
digest.txt is hand-written in cases/<name>/ and not touched here.
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Subscribe", "Cookies help us run this site and measure our audience. You can change your choices at any time.", "Accept all", "Reject", "About us", "Contact", "Privacy", "All rights reserved.", ["World", "Health", "Science", "Business", "Opinion"]),
    "fr": ("S'abonner", "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés.", ["Monde", "Santé", "Sciences", "Économie", "Opinions"]),
    "de": ("Abonnieren", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Ablehnen", "Über uns", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten.", ["Welt", "Gesundheit", "Wissen", "Wirtschaft", "Meinung"]),
    "es": ("Suscríbete", "Usamos cookies para analizar el tráfico y personalizar el contenido. Puede cambiar sus preferencias en cualquier momento.", "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados.", ["Mundo", "Salud", "Ciencia", "Economía", "Opinión"]),
    "ja": ("購読する", "当サイトではアクセス解析と表示の最適化のためにクッキーを使用しています。設定はいつでも変更できます。", "すべて許可", "拒否", "会社概要", "お問い合わせ", "プライバシー", "無断転載を禁じます。", ["国際", "医療・健康", "科学", "経済", "オピニオン"]),
}


def page(s):
    e = html.escape
    sub, cookie, acc, rej, about, contact, priv, rights, menu = UI[s["lang"]]
    url = f"https://{s['domain']}{s['path']}"
    desc = s["paras"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": s["title"], "datePublished": s["published"],
                     "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": url, "inLanguage": s["lang"]}, ensure_ascii=False)
    body = "\n".join(f"        <p>{e(p)}</p>" for p in s["paras"])
    nav = "\n".join(f'      <li><a href="/{m.lower()}/">{e(m)}</a></li>' for m in menu)
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} | {e(s['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <header>
        <span class="kicker">{e(s['section'])}</span>
        <h1>{e(s['title'])}</h1>
        <p class="byline"><span class="author">{e(s['author'])}</span> <time datetime="{s['published']}">{e(s['shown'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related"><h3>+</h3><ul><li><a href="/newsletter/">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog">
    <p>{e(cookie)}</p>
    <button>{e(acc)}</button> <button>{e(rej)}</button>
  </div>
  <footer>
    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/contact/">{e(contact)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>
    <p>&copy; {s['published'][:4]} {e(s['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""


def main():
    for f in sorted((HERE / "specs").glob("*.json")):
        s = json.loads(f.read_text(encoding="utf-8"))
        d = HERE / "cases" / s["name"]
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")
        fs = s.get("findings", [])
        (d / "expected.json").write_text(json.dumps({"clean": not fs, "findings": fs}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
