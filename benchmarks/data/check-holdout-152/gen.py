#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines, a line "===", then the article text,
paragraphs separated by blank lines. Keys: lang, outlet, url, published
(ISO 8601 with the outlet's UTC offset), display (the dateline as the outlet
prints it), author, section, title, related (titles separated by " | ").
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

L10N = {
    "en": dict(menu=["World", "Business", "Technology", "Security", "Politics", "Opinion"],
               subscribe="Subscribe", related="Related stories", share="Share this article",
               cookie="We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy", "Advertise"],
               rights="All rights reserved.", by="By"),
    "fr": dict(menu=["International", "Économie", "Tech", "Cybersécurité", "Politique", "Opinions"],
               subscribe="S'abonner", related="À lire aussi", share="Partager cet article",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer les cookies",
               footer=["Qui sommes-nous", "Contact", "Conditions générales", "Données personnelles", "Publicité"],
               rights="Tous droits réservés.", by="Par"),
    "de": dict(menu=["Politik", "Wirtschaft", "Digital", "IT-Sicherheit", "Regional", "Meinung"],
               subscribe="Abo", related="Mehr zum Thema", share="Artikel teilen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Ihre Auswahl können Sie jederzeit in den Datenschutz-Einstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               footer=["Impressum", "Kontakt", "AGB", "Datenschutz", "Mediadaten"],
               rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(menu=["Internacional", "Economía", "Tecnología", "Ciberseguridad", "Política", "Opinión"],
               subscribe="Suscríbete", related="Noticias relacionadas", share="Compartir",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y la publicidad y para analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad", "Publicidad"],
               rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(menu=["国際", "経済", "テクノロジー", "セキュリティー", "政治", "オピニオン"],
               subscribe="購読申し込み", related="関連記事", share="この記事を共有",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="詳細設定",
               footer=["会社案内", "お問い合わせ", "利用規約", "個人情報保護方針", "広告掲載"],
               rights="無断転載を禁じます。", by=""),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n===\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    if meta["lang"] == "ja":
        paras = ["".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def build(meta, paras):
    lang = meta["lang"]
    t = L10N[lang]
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = paras[0]
    if len(desc) > 150:
        desc = desc[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    root = url.split("/", 3)
    base = root[0] + "//" + root[2]
    menu = "\n".join(f'        <li><a href="/{m.lower().replace(" ", "-")}/">{e(m)}</a></li>' for m in t["menu"])
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel = "\n".join(f'        <li><a href="{base}/news/{i + 1:04d}">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(t["footer"]))
    byline = f'{t["by"]} {meta["author"]}'.strip()
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
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
    <nav class="main-nav">
      <ul>
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(t['subscribe'])}</a>
  </header>
  <main class="page">
    <article class="story">
      <header class="story-head">
        <span class="section">{e(meta['section'])}</span>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(byline)}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></p>
      </header>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
      <div class="share">{e(t['share'])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a> <a href="/share/link">Link</a></div>
    </article>
    <aside class="related">
      <h2>{e(t['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="consent" class="cookie-banner" role="dialog" aria-label="Cookies">
    <p>{e(t['cookie'])}</p>
    <button class="accept">{e(t['accept'])}</button> <button class="reject">{e(t['reject'])}</button> <a href="/privacy/">{e(t['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(t['rights'])}</p>
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
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
