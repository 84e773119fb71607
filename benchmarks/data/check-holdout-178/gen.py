#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

Spec format: 'key: value' header lines (lang, outlet, url, published, section,
author, title, kicker), a line '---', then one paragraph per line
('## ' starts a subheading)."""
import html, json, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

L = {
 "en": dict(nav=["World", "Business", "Markets", "Economy", "Opinion", "Podcasts"],
            sub="Subscribe", cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
            acc="Accept all", rej="Reject non-essential", man="Manage preferences",
            rel="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
            days=["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],
            months=["January","February","March","April","May","June","July","August","September","October","November","December"]),
 "fr": dict(nav=["International", "Économie", "Marchés", "Entreprises", "Opinions", "Podcasts"],
            sub="S'abonner", cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
            acc="Tout accepter", rej="Tout refuser", man="Paramétrer",
            rel="À lire aussi", foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.",
            days=["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"],
            months=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]),
 "de": dict(nav=["Politik", "Wirtschaft", "Finanzen", "Unternehmen", "Meinung", "Podcasts"],
            sub="Abonnieren", cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
            acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen",
            rel="Mehr zum Thema", foot=["Impressum", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.",
            days=["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"],
            months=["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"]),
 "es": dict(nav=["Internacional", "Economía", "Mercados", "Empresas", "Opinión", "Pódcasts"],
            sub="Suscríbete", cookie="Utilizamos cookies y tecnologías similares para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
            acc="Aceptar todo", rej="Rechazar", man="Configurar",
            rel="Te puede interesar", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
            days=["lunes","martes","miércoles","jueves","viernes","sábado","domingo"],
            months=["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]),
 "ja": dict(nav=["国際", "経済", "マーケット", "企業", "オピニオン", "ポッドキャスト"],
            sub="購読する", cookie="当サイトではコンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
            acc="すべて許可", rej="必要なもののみ", man="設定",
            rel="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。",
            days=["月","火","水","木","金","土","日"], months=None),
}

def stamp(lang, dt):
    l = L[lang]
    wd = l["days"][dt.weekday()]
    if lang == "en":
        return f"{wd} {dt.day} {l['months'][dt.month-1]} {dt.year}, {dt:%H:%M}"
    if lang == "fr":
        return f"Publié le {wd} {dt.day} {l['months'][dt.month-1]} {dt.year} à {dt:%H}h{dt:%M}"
    if lang == "de":
        return f"{wd}, {dt.day}. {l['months'][dt.month-1]} {dt.year}, {dt:%H:%M} Uhr"
    if lang == "es":
        return f"{wd} {dt.day} de {l['months'][dt.month-1]} de {dt.year} - {dt:%H:%M}"
    return f"{dt.year}年{dt.month}月{dt.day}日({wd}) {dt:%H:%M}"

def render(spec):
    head, body = spec.split("\n---\n", 1)
    m = dict(line.split(": ", 1) for line in head.strip().splitlines())
    paras = [p for p in body.strip().splitlines() if p.strip()]
    lang, l = m["lang"], L[m["lang"]]
    dt = datetime.fromisoformat(m["published"])
    e = lambda s: html.escape(s, quote=True)
    first = next(p for p in paras if not p.startswith("## "))
    desc = first if len(first) <= 150 else first[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"],
          "inLanguage": lang}
    out = []
    a = out.append
    a("<!DOCTYPE html>")
    a(f'<html lang="{lang}">')
    a("<head>")
    a('  <meta charset="utf-8">')
    a('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f"  <title>{e(m['title'])} - {e(m['outlet'])}</title>")
    a(f'  <meta name="description" content="{e(desc)}">')
    a(f'  <link rel="canonical" href="{e(m["url"])}">')
    a('  <meta property="og:type" content="article">')
    a(f'  <meta property="og:site_name" content="{e(m["outlet"])}">')
    a(f'  <meta property="og:title" content="{e(m["title"])}">')
    a(f'  <meta property="og:description" content="{e(desc)}">')
    a(f'  <meta property="og:url" content="{e(m["url"])}">')
    a(f'  <meta property="article:published_time" content="{m["published"]}">')
    a(f'  <meta property="article:section" content="{e(m["section"])}">')
    a(f'  <meta name="author" content="{e(m["author"])}">')
    a('  <link rel="stylesheet" href="/assets/css/main.css">')
    a('  <script src="/assets/js/consent.js" defer></script>')
    a(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    a("</head>")
    a('<body class="article-page">')
    a('  <header class="masthead">')
    a(f'    <a class="brand" href="/">{e(m["outlet"])}</a>')
    a('    <nav><ul class="menu">')
    for n in l["nav"]:
        a(f'      <li><a href="/{e(n.lower())}/">{e(n)}</a></li>')
    a('    </ul></nav>')
    a(f'    <a class="subscribe" href="/subscribe/">{e(l["sub"])}</a>')
    a('  </header>')
    a('  <main class="layout">')
    a('    <article>')
    a(f'      <span class="kicker">{e(m["section"])}</span>')
    a(f'      <h1 class="headline">{e(m["title"])}</h1>')
    a(f'      <div class="byline"><span class="author">{e(m["author"])}</span> <time datetime="{m["published"]}">{e(stamp(lang, dt))}</time></div>')
    a('      <div class="story-body" itemprop="articleBody">')
    for p in paras:
        if p.startswith("## "):
            a(f"        <h2>{e(p[3:])}</h2>")
        else:
            a(f"        <p>{e(p)}</p>")
    a('      </div>')
    a('    </article>')
    a('    <aside class="related">')
    a(f'      <h3>{e(l["rel"])}</h3>')
    a('      <ul>')
    for i, r in enumerate(m.get("related", "").split(" | ")):
        if r:
            a(f'        <li><a href="/related/{i}">{e(r)}</a></li>')
    a('      </ul>')
    a('    </aside>')
    a('  </main>')
    a('  <div id="cookie-banner" class="consent" role="dialog">')
    a(f'    <p>{e(l["cookie"])}</p>')
    a(f'    <button class="accept">{e(l["acc"])}</button> <button class="reject">{e(l["rej"])}</button> <a href="/privacy/">{e(l["man"])}</a>')
    a('  </div>')
    a('  <footer class="site-footer">')
    a('    <ul>')
    for f in l["foot"]:
        a(f'      <li><a href="/{e(f.lower().replace(" ", "-"))}/">{e(f)}</a></li>')
    a('    </ul>')
    a(f'    <p>&copy; {dt.year} {e(m["outlet"])}. {e(l["rights"])}</p>')
    a('  </footer>')
    a('</body>')
    a('</html>')
    return "\n".join(out) + "\n"

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        d = HERE / "cases" / s.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(s.read_text(encoding="utf-8")), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main(sys.argv[1:])
