#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec format: 'key: value' header lines, a line '---', then one paragraph per
line of article text (blank lines ignored; a line starting '## ' is a subhead).
Keys: lang, outlet, domain, path, published (ISO with offset), author,
section, title, timedisplay, related (titles separated by ' | ').
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Money", "Markets", "Politics", "Opinion"],
    "fr": ["International", "Économie", "Finances perso", "Marchés", "Politique", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Finanzen", "Börse", "Regional", "Meinung"],
    "es": ["Internacional", "Economía", "Mis finanzas", "Mercados", "Política", "Opinión"],
    "ja": ["国際", "経済", "マネー", "マーケット", "政治", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject non-essential", "Manage preferences"),
    "fr": ("Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Tout refuser", "Paramétrer"),
    "de": ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Nur notwendige", "Einstellungen"),
    "es": ("Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su elección en cualquier momento.", "Aceptar todo", "Rechazar", "Configurar"),
    "ja": ("当サイトはコンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。", "すべて許可", "必要なもののみ", "詳細設定"),
}
FOOT = {
    "en": ["About us", "Contact", "Terms of use", "Privacy policy"],
    "fr": ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"],
    "de": ["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
    "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
    "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.", "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}
SEP = {"en": " - ", "fr": " - ", "de": " | ", "es": " | ", "ja": "｜"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [l.strip() for l in body.splitlines() if l.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    url = f"https://{meta['domain']}{meta['path']}"
    full_title = meta["title"] + SEP[lang] + meta["outlet"]
    first = paras[0]
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url, "inLanguage": lang}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    c = COOKIE[lang]
    foot = "\n".join(f'      <li><a href="/info/{i}">{e(f)}</a></li>' for i, f in enumerate(FOOT[lang]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(full_title)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['timedisplay'])}</time></p>
{chr(10).join(body)}
    </article>
    <aside class="related">
      <h3>{RELATED[lang]}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c[0])}</p>
    <button class="accept">{e(c[1])}</button> <button class="reject">{e(c[2])}</button> <a href="/privacy/">{e(c[3])}</a>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {RIGHTS[lang]}</p>
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
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
