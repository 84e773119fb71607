#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt and
cases/<name>/expected.json from findings.tsv (digest.txt is hand-written).

Run from anywhere: python3 gen.py
"""
import csv
import datetime as dt
import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

UI = {
    "en": dict(nav=["World", "Business", "Environment", "Science", "Opinion", "Sport"],
               subscribe="Subscribe", related="Related stories", share="Share this article",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               rel=["Newsletter: the day's main stories in your inbox", "Podcast: the week in review", "Fire map: active incidents"]),
    "fr": dict(nav=["International", "Économie", "Environnement", "Société", "Opinions", "Sports"],
               subscribe="S'abonner", related="À lire aussi", share="Partager cet article",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               footer=["Qui sommes-nous", "Contact", "Conditions générales", "Données personnelles"], rights="Tous droits réservés.",
               rel=["La lettre du matin : l'essentiel de l'actualité", "Carte des incendies en cours", "Podcast : la semaine en régions"]),
    "de": dict(nav=["Politik", "Wirtschaft", "Region", "Wissen", "Meinung", "Sport"],
               subscribe="Abonnieren", related="Mehr zum Thema", share="Artikel teilen",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Ihre Auswahl können Sie jederzeit in den Datenschutz-Einstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               footer=["Über uns", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               rel=["Newsletter: Die wichtigsten Nachrichten am Morgen", "Waldbrand-Karte: aktuelle Lage", "Podcast: Die Woche in der Region"]),
    "es": dict(nav=["Internacional", "Economía", "Sociedad", "Medio ambiente", "Opinión", "Deportes"],
               subscribe="Suscríbete", related="Noticias relacionadas", share="Compartir",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"], rights="Todos los derechos reservados.",
               rel=["Boletín: las noticias del día en tu correo", "Mapa de incendios activos", "Podcast: la semana en la región"]),
    "ja": dict(nav=["政治", "経済", "地域", "社会", "くらし", "スポーツ"],
               subscribe="購読する", related="関連記事", share="この記事をシェア",
               cookie="当サイトでは、利便性の向上や広告配信、アクセス解析のためにCookieを使用しています。設定はいつでも変更できます。",
               accept="同意する", reject="必要なもののみ", manage="設定",
               footer=["会社案内", "お問い合わせ", "利用規約", "個人情報の取り扱い"], rights="無断転載を禁じます。",
               rel=["ニュースレター：朝のニュースをお届け", "県内の火災・気象情報", "特集：森と暮らす"]),
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return meta, paras


def shown_time(lang, ts):
    t = dt.datetime.fromisoformat(ts)
    off = t.strftime("%z")
    off = f"UTC{off[:3]}:{off[3:]}"
    if lang == "ja":
        return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"
    if lang == "en":
        h = t.hour % 12 or 12
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'} ({off})"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour}:{t.minute:02d} Uhr"
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour}h{t.minute:02d}"
    return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d}"


def page(meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = lambda s: html.escape(s, quote=True)
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    sep = " | " if lang in ("fr", "es", "ja") else " - "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    host = re.match(r"https://[^/]+", url).group(0)
    nav = "\n".join(f'        <li><a href="{host}/{re.sub(r"[^a-z]", "", n.lower()) or "s"}/">{e(n)}</a></li>' for n in ui["nav"])
    rel = "\n".join(f'        <li><a href="{host}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(ui["rel"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="{host}/info/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["footer"]))
    year = pub[:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="{host}/">{e(outlet)}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="{host}/subscribe/">{e(ui['subscribe'])}</a>
  </header>
  <main>
    <article>
      <p class="section">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(shown_time(lang, pub))}</time></p>
{body}
    </article>
    <div class="share">{e(ui['share'])}: <a href="{host}/share/mail">Mail</a> <a href="{host}/share/link">Link</a></div>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button> <a href="{host}/privacy/">{e(ui['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    findings = {}
    with open(HERE / "findings.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            findings.setdefault(row["case"], []).append(
                {"kind": row["kind"], "severity": row["severity"], "span": row["span"]})
    for spec in sorted(SPECS.glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = CASES / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        clean = name.startswith("clean-")
        exp = {"clean": clean, "findings": [] if clean else findings.get(name, [])}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list(SPECS.glob("*.txt"))), "cases")


if __name__ == "__main__":
    main()
