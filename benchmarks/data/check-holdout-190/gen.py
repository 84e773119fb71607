#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then the article
paragraphs separated by blank lines (a paragraph starting with '## ' becomes
a subheading).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(nav=["World", "Business", "Autos", "Markets", "Tech", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related stories",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this story"),
    "fr": dict(nav=["Monde", "Économie", "Automobile", "Marchés", "Tech", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", man="Paramétrer", rel="Sur le même sujet",
               foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés.", share="Partager"),
    "de": dict(nav=["Politik", "Wirtschaft", "Auto", "Börse", "Technik", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(nav=["Internacional", "Economía", "Motor", "Mercados", "Tecnología", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todas", rej="Rechazar", man="Configurar", rel="Noticias relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国際", "経済", "自動車", "マーケット", "テック", "オピニオン"], sub="購読する",
               cookie="当サイトではサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="すべて同意", rej="必要なもののみ", man="設定", rel="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事をシェア"),
}

def build(spec_path):
    text = spec_path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    m = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        m[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    ui = UI[m["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = "https://" + m["domain"] + m["path"]
    lead = paras[0][:150]
    related = [r.strip() for r in m.get("related", "").split("|") if r.strip()]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": m["lang"]}
    sep = " " + m.get("sep", "-") + " "
    out = [f'<!DOCTYPE html>\n<html lang="{m["lang"]}">\n<head>',
           '  <meta charset="utf-8">',
           '  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(m["title"])}{e(sep)}{e(m["outlet"])}</title>',
           f'  <meta name="description" content="{e(lead)}">',
           f'  <link rel="canonical" href="{e(url)}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(m["outlet"])}">',
           f'  <meta property="og:title" content="{e(m["title"])}">',
           f'  <meta property="og:description" content="{e(lead)}">',
           f'  <meta property="og:url" content="{e(url)}">',
           f'  <meta property="article:published_time" content="{m["published"]}">',
           f'  <meta property="article:section" content="{e(m["section"])}">',
           f'  <meta name="author" content="{e(m["author"])}">',
           '  <link rel="stylesheet" href="/assets/css/main.css">',
           '  <script src="/assets/js/consent.js" defer></script>',
           '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           '</head>', '<body class="article">', '  <header class="masthead">',
           f'    <a class="logo" href="/">{e(m["outlet"])}</a>', '    <nav class="primary"><ul>']
    for i, n in enumerate(ui["nav"]):
        out.append(f'      <li><a href="/s{i}/">{e(n)}</a></li>')
    out += ['    </ul></nav>', f'    <a class="cta" href="/subscribe/">{e(ui["sub"])}</a>', '  </header>',
            '  <main class="content">', '    <article>',
            f'      <p class="kicker">{e(m["section"])}</p>',
            f'      <h1>{e(m["title"])}</h1>']
    if m.get("standfirst"):
        out.append(f'      <p class="standfirst">{e(m["standfirst"])}</p>')
    out.append(f'      <div class="byline"><span class="author">{e(m["author"])}</span> '
               f'<time datetime="{m["published"]}">{e(m["display_time"])}</time></div>')
    out.append('      <div class="article-body">')
    for p in paras:
        if p.startswith("## "):
            out.append(f'        <h2>{e(p[3:])}</h2>')
        else:
            out.append(f'        <p>{e(p)}</p>')
    out += ['      </div>', '    </article>',
            f'    <div class="share">{e(ui["share"])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>',
            '    <aside class="related">', f'      <h3>{e(ui["rel"])}</h3>', '      <ul>']
    for i, r in enumerate(related):
        out.append(f'        <li><a href="/related/{i}">{e(r)}</a></li>')
    out += ['      </ul>', '    </aside>', '  </main>',
            '  <div id="cookie-consent" class="consent" role="dialog">',
            f'    <p>{e(ui["cookie"])}</p>',
            f'    <button class="accept">{e(ui["acc"])}</button> <button class="reject">{e(ui["rej"])}</button> <a href="/privacy/">{e(ui["man"])}</a>',
            '  </div>', '  <footer class="site-footer">', '    <ul>']
    for i, f in enumerate(ui["foot"]):
        out.append(f'      <li><a href="/f{i}/">{e(f)}</a></li>')
    out += ['    </ul>', f'    <p>&copy; {m["published"][:4]} {e(m["outlet"])}. {e(ui["rights"])}</p>',
            '  </footer>', '</body>', '</html>', '']
    dest = HERE / "cases" / spec_path.stem
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "source.html").write_text("\n".join(out), encoding="utf-8")

if __name__ == "__main__":
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        build(s)
    print(f"built {len(specs)} sources")
