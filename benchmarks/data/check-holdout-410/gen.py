#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  Keys: lang, outlet, url, published
(ISO 8601 with UTC offset), title, author, section, sep (" - " or " | "),
chrome (0-3: page layout variant), zone (the zone label shown in the byline),
related (titles separated by ' || ').
"""
import datetime as dt
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME_TEXT = {
    "en": dict(nav=["World", "Markets", "Energy", "Commodities", "Policy", "Opinion"],
               cookie="We use cookies to measure traffic and personalise content. You can change your choices at any time.",
               accept="Accept all", reject="Reject", related="Related coverage", subscribe="Subscribe",
               footer=["About us", "Contact", "Terms of use", "Privacy", "Corrections"],
               rights="All rights reserved.", by="By"),
    "fr": dict(nav=["International", "Économie", "Énergie", "Marchés", "Politique", "Débats"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi", subscribe="S'abonner",
               footer=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité", "Mentions légales"],
               rights="Tous droits réservés.", by="Par"),
    "de": dict(nav=["Politik", "Wirtschaft", "Energie", "Rohstoffe", "Regionales", "Meinung"],
               cookie="Wir verwenden Cookies, um die Nutzung unserer Seiten zu messen und Inhalte anzupassen. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema", subscribe="Abo",
               footer=["Über uns", "Kontakt", "AGB", "Datenschutz", "Impressum"],
               rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(nav=["Mundo", "Economía", "Energía", "Mercados", "Política", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para medir la audiencia y personalizar los contenidos. Puede cambiar su elección en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", related="Noticias relacionadas", subscribe="Suscríbase",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Publicidad"],
               rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(nav=["ニュース", "経済", "エネルギー", "市況", "政策", "論説"],
               cookie="当サイトはアクセス解析と表示の最適化のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="同意する", reject="拒否する", related="関連記事", subscribe="購読する",
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "訂正"],
               rights="無断転載を禁じます。", by=""),
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def byline_time(meta):
    t = dt.datetime.fromisoformat(meta["published"])
    lang, zone = meta["lang"], meta.get("zone", "")
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap} {zone}".strip()
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour}h{t.minute:02d} {zone}".strip()
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr {zone}".strip()
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year}, {t.hour:02d}:{t.minute:02d} h {zone}".strip()
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    c = CHROME_TEXT[lang]
    variant = int(meta.get("chrome", "0"))
    sep = meta.get("sep", " - ").replace("_", " ")
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    host = url.split("/")[2]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    related = [r.strip() for r in meta.get("related", "").split("||") if r.strip()]
    slug = lambda s: "".join(ch if ch.isalnum() else "-" for ch in s.lower())[:48].strip("-")
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
    w(f'  <meta property="og:description" content="{e(desc)}">')
    w(f'  <meta property="article:published_time" content="{e(meta["published"])}">')
    w(f'  <meta property="article:section" content="{e(meta.get("section", "Energy"))}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w(f'  <link rel="stylesheet" href="/assets/{["main", "site", "app", "core"][variant]}.css">')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    w(f'<body class="{["story", "article-page", "post", "news-item"][variant]}">')
    cookie = (f'  <div id="cookie-consent" class="consent" role="dialog"><p>{e(c["cookie"])}</p>'
              f'<button>{e(c["accept"])}</button> <button>{e(c["reject"])}</button></div>')
    if variant in (0, 2):
        w(cookie)
    w(f'  <header class="{["masthead", "top-bar", "site-header", "banner"][variant]}">')
    w(f'    <a class="logo" href="https://{host}/">{e(outlet)}</a>')
    w('    <nav aria-label="sections"><ul>')
    for n in c["nav"]:
        w(f'      <li><a href="/{slug(n)}/">{e(n)}</a></li>')
    w("    </ul></nav>")
    w(f'    <a class="subscribe" href="/subscribe">{e(c["subscribe"])}</a>')
    w("  </header>")
    w('  <main id="content">')
    w(f'    <article class="{["article", "story-body", "entry", "news"][variant]}">')
    w(f'      <p class="kicker">{e(meta.get("section", "Energy"))}</p>')
    w(f"      <h1>{e(title)}</h1>")
    by = f'{c["by"]} ' if c["by"] else ""
    w(f'      <p class="byline">{e(by)}<span class="author">{e(meta["author"])}</span> · '
      f'<time datetime="{e(meta["published"])}">{e(byline_time(meta))}</time></p>')
    for p in paras:
        w(f"      <p>{e(p)}</p>")
    w("    </article>")
    if related:
        w(f'    <aside class="{["related", "more-stories", "sidebar", "also-read"][variant]}">')
        w(f"      <h2>{e(c['related'])}</h2>")
        w("      <ul>")
        for r in related:
            w(f'        <li><a href="https://{host}/{slug(r)}">{e(r)}</a></li>')
        w("      </ul>")
        w("    </aside>")
    w("  </main>")
    if variant in (1, 3):
        w(cookie)
    w(f'  <footer class="{["site-footer", "footer", "page-foot", "bottom"][variant]}">')
    w("    <ul>")
    for f in c["footer"]:
        w(f'      <li><a href="/{slug(f)}">{e(f)}</a></li>')
    w("    </ul>")
    year = meta["published"][:4]
    w(f"    <p>© {year} {e(outlet)}. {e(c['rights'])}</p>")
    w("  </footer>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(name), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
