#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import hashlib, html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Fisheries", "Markets", "Coast", "Opinion"],
    "fr": ["Monde", "Économie", "Mer & pêche", "Marchés", "Régions", "Opinions"],
    "de": ["Welt", "Wirtschaft", "Fischerei", "Märkte", "Küste", "Meinung"],
    "es": ["Mundo", "Economía", "Pesca", "Mercados", "Costa", "Opinión"],
    "ja": ["国際", "経済", "水産", "市況", "地域", "論説"],
}
COOKIE = {
    "en": ("We use cookies to measure audiences and improve the site.", "Accept", "Settings"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et améliorer le site.", "Accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um die Reichweite zu messen und die Seite zu verbessern.", "Akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para medir la audiencia y mejorar el sitio.", "Aceptar", "Configurar"),
    "ja": ("当サイトは閲覧状況の把握と改善のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ["Trawler crews brace for a thin spring season", "Why feed costs keep rising at fish farms",
           "Harbour towns weigh the cost of new cold stores", "Port auction volumes slip for a second month",
           "Inspectors step up checks on landing declarations"],
    "fr": ["Les criées face à la baisse des apports", "Aquaculture : le coût de l'aliment pèse sur les marges",
           "Les ports misent sur la transformation locale", "Pêche côtière : les jeunes patrons se font rares"],
    "de": ["Kutterflotte klagt über hohe Dieselpreise", "Aquakultur: Futterkosten steigen weiter",
           "Fischauktionen melden weniger Anlandungen", "Kühlhäuser an der Küste werden knapp"],
    "es": ["Las lonjas registran menos descargas en marzo", "Acuicultura: el pienso encarece la producción",
           "Los puertos apuestan por el procesado local", "La flota artesanal pide relevo generacional"],
    "ja": ["沿岸漁業の担い手不足が深刻に", "養殖飼料の価格高止まり続く", "産地市場の取扱量が2カ月連続で減少", "冷凍倉庫の新設相次ぐ"],
}
LABELS = {
    "en": ("Related", "Share", "Subscribe", "All rights reserved.", "Contact", "Privacy"),
    "fr": ("À lire aussi", "Partager", "S'abonner", "Tous droits réservés.", "Contact", "Confidentialité"),
    "de": ("Mehr zum Thema", "Teilen", "Abonnieren", "Alle Rechte vorbehalten.", "Kontakt", "Datenschutz"),
    "es": ("Relacionado", "Compartir", "Suscríbete", "Todos los derechos reservados.", "Contacto", "Privacidad"),
    "ja": ("関連記事", "共有", "購読", "無断転載を禁じます。", "お問い合わせ", "プライバシー"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() if meta["lang"] != "ja" else "".join(p.split("\n")).strip()
             for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    h = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    variant = meta.get("variant") or "abc"[h % 3]
    sep = meta.get("sep", " - " if h % 2 else " | ")
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    desc = paras[0][:160]
    nav = NAV[lang]
    rel = RELATED[lang][h % 2:(h % 2) + 3]
    lab = LABELS[lang]
    ck = COOKIE[lang]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{lang}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)}{e(sep)}{e(outlet)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(url)}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(outlet)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="article:published_time" content="{e(pub)}">')
    w(f'  <meta property="article:section" content="{e(meta.get("section", nav[2]))}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w('  <link rel="stylesheet" href="/assets/main.css">')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    body_cls = {"a": "page article", "b": "story-page", "c": "layout-wide news"}[variant]
    w(f'<body class="{body_cls}">')
    if variant == "b":
        w(f'  <div id="consent" class="cookie-banner"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>')
    w('  <header class="site-header">')
    w(f'    <a class="logo" href="/">{e(outlet)}</a>')
    w('    <nav class="main-nav"><ul>')
    for i, n in enumerate(nav):
        w(f'      <li><a href="/s{i}/">{e(n)}</a></li>')
    w("    </ul></nav>")
    w(f'    <a class="cta" href="/subscribe">{e(lab[2])}</a>')
    w("  </header>")
    if variant == "c":
        w('  <aside class="ticker"><span>' + e(nav[3]) + "</span></aside>")
    w("  <main>")
    w("    <article>")
    w(f'      <p class="section-label">{e(meta.get("section", nav[2]))}</p>')
    w(f"      <h1>{e(title)}</h1>")
    w(f'      <p class="byline"><span class="author">{e(meta["author"])}</span> &middot; '
      f'<time datetime="{e(pub)}">{e(meta["dateline"])}</time></p>')
    w('      <div class="article-body">')
    for p in paras:
        w(f"        <p>{e(p)}</p>")
    w("      </div>")
    w(f'      <div class="share">{e(lab[1])}: <a href="#">X</a> <a href="#">Mail</a></div>')
    w("    </article>")
    w(f'    <section class="related"><h2>{e(lab[0])}</h2><ul>')
    for i, r in enumerate(rel):
        w(f'      <li><a href="/related/{h % 9000 + i}">{e(r)}</a></li>')
    w("    </ul></section>")
    w("  </main>")
    if variant != "b":
        w(f'  <div class="consent-bar" role="dialog"><p>{e(ck[0])}</p><button>{e(ck[1])}</button><a href="/cookies">{e(ck[2])}</a></div>')
    w(f'  <footer><p>&copy; 2025 {e(outlet)}. {e(lab[3])}</p><a href="/contact">{e(lab[4])}</a> <a href="/privacy">{e(lab[5])}</a></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(n), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
