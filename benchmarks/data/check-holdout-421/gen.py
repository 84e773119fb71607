#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; rerun after editing a spec)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(nav=["World", "Business", "Environment", "Local", "Opinion", "Sport"],
               cookie="We use cookies to measure traffic and personalise content. You can change your choices at any time.",
               accept="Accept all", reject="Reject", related="More on this story", footer="All rights reserved.",
               links=["Contact us", "Privacy policy", "Terms of use", "Advertise"], sub="Subscribe", by="By"),
    "fr": dict(nav=["Monde", "Économie", "Planète", "Régions", "Débats", "Sports"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
               accept="Tout accepter", reject="Continuer sans accepter", related="À lire aussi", footer="Tous droits réservés.",
               links=["Nous contacter", "Confidentialité", "Mentions légales", "Publicité"], sub="S'abonner", by="Par"),
    "de": dict(nav=["Politik", "Wirtschaft", "Umwelt", "Region", "Meinung", "Sport"],
               cookie="Wir verwenden Cookies, um Reichweite zu messen und Inhalte zu personalisieren.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema", footer="Alle Rechte vorbehalten.",
               links=["Kontakt", "Datenschutz", "Impressum", "Werbung"], sub="Abo", by="Von"),
    "es": dict(nav=["Mundo", "Economía", "Medio ambiente", "Regiones", "Opinión", "Deportes"],
               cookie="Usamos cookies para medir la audiencia y personalizar los contenidos.",
               accept="Aceptar todo", reject="Rechazar", related="Te puede interesar", footer="Todos los derechos reservados.",
               links=["Contacto", "Privacidad", "Aviso legal", "Publicidad"], sub="Suscríbete", by="Por"),
    "ja": dict(nav=["政治", "経済", "環境", "地域", "オピニオン", "スポーツ"],
               cookie="当サイトはアクセス解析と表示の最適化のためにクッキーを使用します。",
               accept="同意する", reject="拒否する", related="関連記事", footer="無断転載を禁じます。",
               links=["お問い合わせ", "個人情報保護方針", "利用規約", "広告掲載"], sub="購読する", by=""),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
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
    v = int(meta.get("variant", "0")) % 4
    sep = meta.get("sep", "-")
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    site = meta["url"].split("/")[2]
    rel = [r.split("|", 1) for r in meta.get("related", "").split(";;") if r.strip()]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{lang}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)} {sep} {e(outlet)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(meta["url"])}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(outlet)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:url" content="{e(meta["url"])}">')
    w(f'  <meta property="article:published_time" content="{e(meta["published"])}">')
    w(f'  <meta property="article:section" content="{e(meta.get("section", ""))}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w(f'  <link rel="stylesheet" href="https://{site}/assets/main-{v}.css">')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    body_cls = ["article", "story-page", "page--article", "news-detail"][v]
    w(f'<body class="{body_cls}">')
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(c["cookie"])}</p>'
              f'<button>{e(c["accept"])}</button> <button>{e(c["reject"])}</button></div>')
    if v in (0, 2):
        w(cookie)
    nav = "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    if v % 2 == 0:
        w(f'  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>'
          f'<nav><ul>{nav}</ul></nav><a class="cta" href="/subscribe">{e(c["sub"])}</a></header>')
    else:
        w(f'  <div class="top"><div class="brand"><a href="https://{site}/">{e(outlet)}</a></div></div>')
        w(f'  <nav class="main-nav" aria-label="sections"><ul>{nav}</ul></nav>')
    w('  <main id="content">')
    w("    <article>")
    if meta.get("section"):
        w(f'      <p class="kicker">{e(meta["section"])}</p>')
    w(f"      <h1>{e(title)}</h1>")
    by = f'{c["by"]} {meta["author"]}'.strip()
    w(f'      <p class="byline"><span class="author">{e(by)}</span> · '
      f'<time datetime="{e(meta["published"])}">{e(meta["display_time"])}</time></p>')
    for p in paras:
        w(f"      <p>{e(p)}</p>")
    w("    </article>")
    if rel:
        w(f'    <aside class="related"><h2>{e(c["related"])}</h2><ul>')
        for href, text in rel:
            w(f'      <li><a href="{e(href.strip())}">{e(text.strip())}</a></li>')
        w("    </ul></aside>")
    w("  </main>")
    if v in (1, 3):
        w(cookie)
    links = " | ".join(f'<a href="/p/{i}">{e(t)}</a>' for i, t in enumerate(c["links"]))
    year = meta["published"][:4]
    w(f'  <footer><p>{links}</p><p>© {year} {e(outlet)}. {e(c["footer"])}</p></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(n), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
