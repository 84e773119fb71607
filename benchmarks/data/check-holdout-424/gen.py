#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; verify.py checks it is up to date)."""
import hashlib, html, json, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Music", "Culture", "Tech", "Opinion"], cookie="We use cookies to measure traffic and personalise content.", accept="Accept all", reject="Reject", related="More from {o}", rel=["Vinyl pressing plants struggle with demand", "Why festival line-ups keep shrinking", "Inside the economics of a sold-out arena"], foot="All rights reserved.", sub="Subscribe", by="By"),
    "fr": dict(nav=["Monde", "Économie", "Musique", "Culture", "Médias", "Débats"], cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", accept="Tout accepter", reject="Refuser", related="À lire aussi", rel=["Les disquaires indépendants résistent", "Le casse-tête des salles de taille moyenne", "Festivals : la hausse des cachets inquiète"], foot="Tous droits réservés.", sub="S'abonner", by="Par"),
    "de": dict(nav=["Politik", "Wirtschaft", "Musik", "Kultur", "Digital", "Meinung"], cookie="Wir verwenden Cookies, um Reichweite zu messen und Inhalte zu personalisieren.", accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema", rel=["Clubsterben auf dem Land", "Was Künstler an einem Stream verdienen", "Vorverkauf: Warum Tickets so schnell weg sind"], foot="Alle Rechte vorbehalten.", sub="Abo", by="Von"),
    "es": dict(nav=["Mundo", "Economía", "Música", "Cultura", "Tecnología", "Opinión"], cookie="Usamos cookies para medir la audiencia y personalizar el contenido.", accept="Aceptar todo", reject="Rechazar", related="Más noticias", rel=["El regreso de los conciertos pequeños", "Cuánto paga realmente una reproducción", "Festivales: precios al alza"], foot="Todos los derechos reservados.", sub="Suscríbete", by="Por"),
    "ja": dict(nav=["国内", "経済", "音楽", "エンタメ", "テクノロジー", "オピニオン"], cookie="当サイトはアクセス解析とコンテンツの最適化のためにCookieを使用しています。", accept="同意する", reject="拒否する", related="関連記事", rel=["アナログ盤の生産が追いつかない", "中規模ホール不足の実情", "フェスの出演料高騰に悩む主催者"], foot="無断転載を禁じます。", sub="購読する", by=""),
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_date(meta):
    d = datetime.fromisoformat(meta["published"])
    lang, zone = meta["lang"], meta.get("zone", "")
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}"
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{m} {d.day}, {d.year}, {d.strftime('%I:%M').lstrip('0')} {'a.m.' if d.hour < 12 else 'p.m.'} {zone}".strip()
    if lang == "fr":
        return f"Publié le {d.day} {m} {d.year} à {d.hour}h{d.minute:02d}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}, {d.hour:02d}:{d.minute:02d} Uhr"
    return f"{d.day} de {m} de {d.year}, {d.hour:02d}:{d.minute:02d} h"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    ui = UI[lang]
    variant = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3
    sep = " %s " % meta.get("sep", "-")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url, "inLanguage": lang}
    desc = paras[0][:160]
    base = url.split("/", 3)[:3]
    home = "/".join(base) + "/"
    nav = "\n".join(f'        <li><a href="{home}{n.lower().replace(" ", "-")}/">{e(n)}</a></li>' for n in ui["nav"])
    related = "\n".join(f'        <li><a href="{home}news/{i + 1:02d}-{hashlib.md5(r.encode()).hexdigest()[:8]}">{e(r)}</a></li>' for i, r in enumerate(ui["rel"]))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    when = shown_date(meta)
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', 'Music'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.{variant}.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="consent-banner" role="dialog" aria-label="cookies">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>"""
    article = f"""    <article class="story">
      <header>
        <p class="kicker">{e(meta.get('section', 'Music'))}</p>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(byline)}</span> · <time datetime="{meta['published']}">{e(when)}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>"""
    aside = f"""    <aside class="related">
      <h2>{e(ui['related'].format(o=outlet))}</h2>
      <ul>
{related}
      </ul>
    </aside>"""
    navblock = f"""  <header class="site-header">
    <a class="logo" href="{home}">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <a class="btn-subscribe" href="{home}subscribe">{e(ui['sub'])}</a>
  </header>"""
    footer = f"""  <footer class="site-footer">
    <p>© {meta['published'][:4]} {e(outlet)}. {e(ui['foot'])}</p>
    <ul class="legal"><li><a href="{home}privacy">Privacy</a></li><li><a href="{home}terms">Terms</a></li></ul>
  </footer>"""
    if variant == 0:
        parts = [navblock, cookie, '  <main class="page">', article, aside, "  </main>", footer]
    elif variant == 1:
        parts = [cookie, navblock, '  <div class="grid">', aside, '  <main>', article, "  </main>", "  </div>", footer]
    else:
        parts = [navblock, '  <main class="wrap">', article, "  </main>", aside, footer, cookie]
    return head + '<body class="article">\n' + "\n".join(parts) + "\n</body>\n</html>\n"


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
