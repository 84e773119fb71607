#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt and
cases/<name>/digest.txt from digests/<name>.txt (indentation only).

Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines (a paragraph starting with '## ' becomes a subheading).
Keys: lang outlet domain path published display author section title related
(related: titles separated by ' | ')."""
import html, json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Business", "Energy", "Markets", "Climate", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               share="Share this story:"),
    "fr": dict(menu=["Monde", "Économie", "Énergie", "Marchés", "Climat", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Refuser", man="Paramétrer", rel="À lire aussi",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.",
               share="Partager :"),
    "de": dict(menu=["Politik", "Wirtschaft", "Energie", "Börse", "Klima", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
               foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               share="Artikel teilen:"),
    "es": dict(menu=["Internacional", "Economía", "Energía", "Mercados", "Clima", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Noticias relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               share="Compartir:"),
    "ja": dict(menu=["国際", "経済", "エネルギー", "マーケット", "環境", "オピニオン"], sub="有料会員登録",
               cookie="当サイトでは、コンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて同意", rej="必要なもののみ", man="設定", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
               share="この記事を共有:"),
}


def parse_spec(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = "https://" + meta["domain"] + meta["path"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
                     "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": meta["outlet"]},
                     "mainEntityOfPage": url, "inLanguage": meta["lang"]}, ensure_ascii=False)
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel_html = "\n".join(f'        <li><a href="/article/{i + 1}{sum(map(ord, r)) % 90000 + 10000}">{e(r)}</a></li>'
                         for i, r in enumerate(rel))
    menu = "\n".join(f'        <li><a href="/{m.lower()}/">{e(m)}</a></li>' for m in ui["menu"])
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <div class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <ul class="menu">
{menu}
    </ul>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </div>
  <div class="layout">
    <article>
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['display'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
    </div>
    </article>
    <div class="share">{e(ui['share'])} <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['rel'])}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </div>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button> <a href="/privacy/">{e(ui['man'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def render_digest(text):
    out, in_cite = [], False
    lines = text.strip("\n").splitlines()
    for i, line in enumerate(lines):
        s = line.strip()
        if i < 3 or not s or s.startswith("【"):
            out.append(s)
            in_cite = in_cite or s == "【引用・参照・底本】"
        elif in_cite:
            out.append(s)
        else:
            out.append(" " + s)
    return "\n".join(out) + "\n"


def main(names):
    for spec in sorted((ROOT / "specs").glob("*.txt")):
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(spec.read_text(encoding="utf-8"))
        d = ROOT / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        dg = ROOT / "digests" / f"{name}.txt"
        if dg.exists():
            (d / "digest.txt").write_text(render_digest(dg.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
