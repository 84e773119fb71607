"""Build cases/<name>/source.html from specs/<name>.toml (hand-written specs).

Spec keys: lang, outlet, domain, path, title, section, author, published
(ISO 8601 with the outlet's UTC offset), shown_time (byline text), body
(paragraphs separated by blank lines).
"""
import html
import json
import pathlib
import tomllib

HERE = pathlib.Path(__file__).parent
UI = {
    "en": ("Accept all", "Reject non-essential", "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.", ["World", "Science", "Health", "Environment", "Business", "Opinion"], "About us", "Contact", "Terms of use", "Privacy policy", "All rights reserved.", "Most read"),
    "fr": ("Tout accepter", "Refuser", "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", ["Monde", "Sciences", "Santé", "Planète", "Économie", "Opinions"], "Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés.", "Les plus lus"),
    "de": ("Alle akzeptieren", "Ablehnen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", ["Welt", "Wissen", "Gesundheit", "Umwelt", "Wirtschaft", "Meinung"], "Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten.", "Meistgelesen"),
    "es": ("Aceptar todo", "Rechazar", "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.", ["Mundo", "Ciencia", "Salud", "Medio ambiente", "Economía", "Opinión"], "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados.", "Lo más leído"),
    "ja": ("すべて許可", "拒否", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。", ["国際", "科学", "医療", "環境", "経済", "オピニオン"], "会社案内", "お問い合わせ", "利用規約", "プライバシーポリシー", "無断転載を禁じます。", "よく読まれている記事"),
}


def build(spec: dict) -> str:
    e = html.escape
    lang = spec["lang"]
    acc, rej, cookie, menu, about, contact, terms, privacy, rights, most = UI[lang]
    url = f"https://{spec['domain']}{spec['path']}"
    paras = [p.strip().replace("\n", " ") for p in spec["body"].strip().split("\n\n")]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec["title"],
          "datePublished": spec["published"], "author": {"@type": "Person", "name": spec["author"]},
          "publisher": {"@type": "Organization", "name": spec["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    menu_html = "\n".join(f'      <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(menu))
    body_html = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = spec["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(spec['title'])} | {e(spec['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(spec['outlet'])}</a>
    <nav class="primary-nav">
    <ul>
{menu_html}
    </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="section">{e(spec['section'])}</p>
      <h1>{e(spec['title'])}</h1>
      <p class="byline"><span class="author">{e(spec['author'])}</span> <time datetime="{spec['published']}">{e(spec['shown_time'])}</time></p>
{body_html}
    </article>
    <aside class="related">
      <h3>{e(most)}</h3>
      <ol><li><a href="/n/1">Newsletter</a></li><li><a href="/n/2">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-banner" class="cookie-consent" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/contact/">{e(contact)}</a></li><li><a href="/terms/">{e(terms)}</a></li><li><a href="/privacy/">{e(privacy)}</a></li></ul>
    <p>&copy; {year} {e(spec['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""


def main() -> None:
    for f in sorted((HERE / "specs").glob("*.toml")):
        spec = tomllib.loads(f.read_text(encoding="utf-8"))
        out = HERE / "cases" / f.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(spec), encoding="utf-8")
        print(out.relative_to(HERE))


if __name__ == "__main__":
    main()
