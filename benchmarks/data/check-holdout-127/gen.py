#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec: "key: value" header lines (lang, outlet, url, title, section, author,
published, shown, related), a line "---", then the article text: paragraphs
separated by blank lines; a paragraph starting with "## " is a subheading.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(menu=["World", "Markets", "Mining", "Energy", "Metals", "Opinion"],
               subscribe="Subscribe", share="Share this article", email="Email", copy="Copy link",
               related="Related coverage", mostread="Most read",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy", "Advertise"],
               rights="All rights reserved.", news="Newsletter: the day's metals briefing in your inbox"),
    "fr": dict(menu=["International", "Marchés", "Mines", "Énergie", "Métaux", "Opinions"],
               subscribe="S'abonner", share="Partager cet article", email="E-mail", copy="Copier le lien",
               related="À lire aussi", mostread="Les plus lus",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment dans les paramètres de confidentialité.",
               accept="Tout accepter", reject="Tout refuser", manage="Personnaliser",
               footer=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité", "Publicité"],
               rights="Tous droits réservés.", news="Lettre d'information : l'essentiel des matières premières chaque matin"),
    "de": dict(menu=["Welt", "Märkte", "Bergbau", "Energie", "Metalle", "Meinung"],
               subscribe="Abonnieren", share="Artikel teilen", email="E-Mail", copy="Link kopieren",
               related="Mehr zum Thema", mostread="Meistgelesen",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               footer=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Impressum"],
               rights="Alle Rechte vorbehalten.", news="Newsletter: Das Rohstoff-Briefing am Morgen"),
    "es": dict(menu=["Mundo", "Mercados", "Minería", "Energía", "Metales", "Opinión"],
               subscribe="Suscribirse", share="Compartir esta nota", email="Correo", copy="Copiar enlace",
               related="Notas relacionadas", mostread="Lo más leído",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento en Privacidad.",
               accept="Aceptar todas", reject="Rechazar", manage="Configurar",
               footer=["Quiénes somos", "Contacto", "Términos de uso", "Privacidad", "Publicidad"],
               rights="Todos los derechos reservados.", news="Boletín: lo esencial de la minería cada mañana"),
    "ja": dict(menu=["国際", "市況", "鉱業", "エネルギー", "金属", "オピニオン"],
               subscribe="購読する", share="この記事を共有", email="メール", copy="リンクをコピー",
               related="関連記事", mostread="よく読まれている記事",
               cookie="当サイトはコンテンツや広告の表示、アクセス解析のためにクッキーを使用します。設定はプライバシー設定からいつでも変更できます。",
               accept="すべて同意", reject="必須のみ", manage="設定を管理",
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "広告掲載"],
               rights="無断転載を禁じます。", news="ニュースレター:毎朝の資源ブリーフィング"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    c = CHROME[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    first = next(p for p in paras if not p.startswith("## "))
    desc = meta.get("description") or (first[:157] + "…" if len(first) > 160 else first)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    base = "/".join(url.split("/")[:3])
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel = "\n".join(f'        <li><a href="{base}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(c["footer"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
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
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav class="main-nav">
      <ul>
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(c['subscribe'])}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['shown'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <div class="share">{e(c['share'])}: <a href="/share/mail">{e(c['email'])}</a> <a href="/share/link">{e(c['copy'])}</a></div>
    <aside class="related">
      <h3>{e(c['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
    <aside class="sidebar">
      <h3>{e(c['mostread'])}</h3>
      <ol>
        <li><a href="/newsletter/">{e(c['news'])}</a></li>
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['accept'])}</button> <button class="reject">{e(c['reject'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(c['rights'])}</p>
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
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
