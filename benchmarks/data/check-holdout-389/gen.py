#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": {"nav": ["World", "Business", "Space", "Science", "Markets", "Opinion"],
           "cookie": "We use cookies to measure readership and personalise content. You can change your choices at any time.",
           "accept": "Accept all", "reject": "Reject", "related": "Related coverage",
           "links": ["Ground station operators brace for busier skies", "Why reusable boosters changed the pricing game",
                     "Explainer: how satellite insurance works", "Newsletter: the week in orbit"],
           "footer": "All rights reserved.", "privacy": "Privacy", "terms": "Terms of use", "contact": "Contact"},
    "fr": {"nav": ["International", "Économie", "Espace", "Sciences", "Marchés", "Débats"],
           "cookie": "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.",
           "accept": "Tout accepter", "reject": "Refuser", "related": "À lire aussi",
           "links": ["Les stations sol se préparent à un ciel plus encombré", "Comment les lanceurs réutilisables ont changé les prix",
                     "Décryptage : comment fonctionne l'assurance spatiale", "Lettre d'information : la semaine en orbite"],
           "footer": "Tous droits réservés.", "privacy": "Confidentialité", "terms": "Conditions d'utilisation", "contact": "Contact"},
    "de": {"nav": ["Welt", "Wirtschaft", "Raumfahrt", "Wissen", "Märkte", "Meinung"],
           "cookie": "Wir verwenden Cookies, um die Reichweite zu messen und Inhalte zu personalisieren. Sie können Ihre Auswahl jederzeit ändern.",
           "accept": "Alle akzeptieren", "reject": "Ablehnen", "related": "Mehr zum Thema",
           "links": ["Bodenstationen rüsten sich für vollere Umlaufbahnen", "Wie wiederverwendbare Raketen die Preise verändert haben",
                     "Erklärt: So funktioniert die Satellitenversicherung", "Newsletter: Die Woche im Orbit"],
           "footer": "Alle Rechte vorbehalten.", "privacy": "Datenschutz", "terms": "Nutzungsbedingungen", "contact": "Kontakt"},
    "es": {"nav": ["Mundo", "Economía", "Espacio", "Ciencia", "Mercados", "Opinión"],
           "cookie": "Usamos cookies para medir la audiencia y personalizar el contenido. Puede cambiar su elección en cualquier momento.",
           "accept": "Aceptar todo", "reject": "Rechazar", "related": "Lea también",
           "links": ["Las estaciones terrenas se preparan para un cielo más concurrido", "Cómo los cohetes reutilizables cambiaron los precios",
                     "Claves: así funciona el seguro de satélites", "Boletín: la semana en órbita"],
           "footer": "Todos los derechos reservados.", "privacy": "Privacidad", "terms": "Términos de uso", "contact": "Contacto"},
    "ja": {"nav": ["国際", "経済", "宇宙", "科学", "マーケット", "オピニオン"],
           "cookie": "当サイトは閲覧状況の計測とコンテンツの最適化のためにクッキーを使用しています。設定はいつでも変更できます。",
           "accept": "すべて許可", "reject": "拒否", "related": "関連記事",
           "links": ["地上局の運用各社、混雑する軌道に備え", "再使用ロケットは価格をどう変えたか",
                     "解説:衛星保険の仕組み", "ニュースレター:今週の宇宙"],
           "footer": "無断転載を禁じます。", "privacy": "プライバシー", "terms": "利用規約", "contact": "お問い合わせ"},
}


def read_spec(path):
    text = pathlib.Path(path).read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    c = CHROME[lang]
    variant = int(meta.get("variant", "0")) % 4
    sep = " " + meta.get("sep", "-") + " "
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:160]
    host = url.split("/")[2]
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
    w(f'  <meta property="og:description" content="{e(desc)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="article:published_time" content="{e(pub)}">')
    w(f'  <meta property="article:section" content="{e(meta.get("section", "Space"))}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w(f'  <link rel="stylesheet" href="https://{host}/assets/v{variant + 2}/main.css">')
    w(f'  <script src="https://{host}/assets/consent.js" defer></script>')
    w('  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    w("</head>")
    w(f'<body class="layout-{variant}">')
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(c["cookie"])}</p>'
              f'<button>{e(c["accept"])}</button> <button>{e(c["reject"])}</button></div>')
    if variant in (0, 2):
        w(cookie)
    w('  <header class="masthead">')
    w(f'    <a class="logo" href="https://{host}/">{e(outlet)}</a>')
    w('    <nav><ul>')
    for i, n in enumerate(c["nav"]):
        w(f'      <li><a href="https://{host}/{i}-{n.lower().replace(" ", "-")}/">{e(n)}</a></li>')
    w('    </ul></nav>')
    w('  </header>')
    w('  <main>')
    w('    <article>')
    w(f'      <p class="kicker">{e(meta.get("section", "Space"))}</p>')
    w(f'      <h1>{e(title)}</h1>')
    w(f'      <p class="byline"><span class="author">{e(meta["author"])}</span> '
      f'<time datetime="{e(pub)}">{e(meta["dateline"])}</time></p>')
    for p in paras:
        w(f"      <p>{e(p)}</p>")
    w('    </article>')
    rel = c["links"][variant:] + c["links"][:variant]
    w(f'    <aside class="related"><h2>{e(c["related"])}</h2><ul>')
    for i, r in enumerate(rel[:3 if variant % 2 else 4]):
        w(f'      <li><a href="https://{host}/space/related-{variant}{i}">{e(r)}</a></li>')
    w('    </ul></aside>')
    w('  </main>')
    if variant in (1, 3):
        w(cookie)
    w('  <footer>')
    w(f'    <p>&copy; {pub[:4]} {e(outlet)}. {e(c["footer"])}</p>')
    w(f'    <p><a href="https://{host}/privacy">{e(c["privacy"])}</a> | <a href="https://{host}/terms">{e(c["terms"])}</a> | '
      f'<a href="https://{host}/contact">{e(c["contact"])}</a></p>')
    w('  </footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
