#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic)."""
import datetime as dt
import hashlib
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
UI = {
    "en": dict(nav=["News", "Politics", "Business", "Opinion", "Sport", "Culture"],
               cookie="We use cookies to measure traffic and personalise content.",
               accept="Accept all", reject="Reject", related="Related coverage",
               more=["Live: results by district", "Explainer: how the count works",
                     "Opinion: the price of a campaign"],
               foot="All rights reserved.", by="By", share="Share this article",
               newsletter="Get the morning briefing in your inbox"),
    "fr": dict(nav=["Actualités", "Politique", "Économie", "Débats", "Sports", "Culture"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               more=["Les résultats bureau par bureau", "Comment fonctionne le financement des partis",
                     "Tribune : le coût d'une campagne"],
               foot="Tous droits réservés.", by="Par", share="Partager cet article",
               newsletter="Recevez notre lettre du matin"),
    "de": dict(nav=["Nachrichten", "Politik", "Wirtschaft", "Meinung", "Sport", "Kultur"],
               cookie="Wir verwenden Cookies, um Reichweite zu messen und Inhalte zu personalisieren.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               more=["Alle Ergebnisse nach Gemeinden", "So funktioniert die Parteienfinanzierung",
                     "Kommentar: Was Wahlkampf kostet"],
               foot="Alle Rechte vorbehalten.", by="Von", share="Artikel teilen",
               newsletter="Der Morgen-Newsletter"),
    "es": dict(nav=["Noticias", "Política", "Economía", "Opinión", "Deportes", "Cultura"],
               cookie="Usamos cookies para medir la audiencia y personalizar el contenido.",
               accept="Aceptar todo", reject="Rechazar", related="Más sobre este tema",
               more=["Resultados mesa por mesa", "Cómo se financian los partidos",
                     "Opinión: el costo de una campaña"],
               foot="Todos los derechos reservados.", by="Por", share="Compartir",
               newsletter="Recibí el boletín de la mañana"),
    "ja": dict(nav=["ニュース", "政治", "経済", "社会", "スポーツ", "文化"],
               cookie="当サイトはアクセス解析と表示の最適化のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事",
               more=["開票結果の詳報", "政治資金の仕組みを解説", "社説:選挙とお金"],
               foot="無断転載を禁じます。", by="", share="この記事を共有",
               newsletter="朝のニュースレターを受け取る"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def display_date(lang, ts, tzname):
    d = dt.datetime.fromisoformat(ts)
    wd = WEEKDAYS[lang][d.weekday()]
    if lang == "en":
        h = d.hour % 12 or 12
        ap = "a.m." if d.hour < 12 else "p.m."
        return f"{wd}, {MONTHS['en'][d.month-1]} {d.day}, {d.year}, {h}:{d.minute:02d} {ap} {tzname}"
    if lang == "fr":
        return f"Publié le {wd} {d.day} {MONTHS['fr'][d.month-1]} {d.year} à {d.hour}h{d.minute:02d} ({tzname})"
    if lang == "de":
        return f"{wd}, {d.day}. {MONTHS['de'][d.month-1]} {d.year}, {d.hour:02d}:{d.minute:02d} Uhr ({tzname})"
    if lang == "es":
        return f"{wd} {d.day} de {MONTHS['es'][d.month-1]} de {d.year}, {d.hour:02d}:{d.minute:02d} ({tzname})"
    return f"{d.year}年{d.month}月{d.day}日({wd}) {d.hour}時{d.minute:02d}分"


def render(name, meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = lambda s: html.escape(s, quote=True)
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3
    slug = hashlib.sha1(("rel" + name).encode()).hexdigest()[:10]
    sep = [" - ", " | "][int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    ts = meta["published"]
    desc = paras[0][:160]
    base = url.split("/", 3)
    root = base[0] + "//" + base[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": ts, "dateModified": ts, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in
                    zip(["news", "politics", "business", "opinion", "sport", "culture"], ui["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{root}/related/{slug}{i}">{e(t)}</a></li>'
                    for i, t in enumerate(ui["more"], 1))
    shown = display_date(lang, ts, meta.get("tz", ""))
    byline = f"{ui['by']} {meta['author']}".strip() if lang != "ja" else f"{meta['author']}"
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ui["cookie"])}</p>'
              f'<button>{e(ui["accept"])}</button> <button>{e(ui["reject"])}</button></div>\n')
    header = (f'  <header class="site-header">\n    <a class="logo" href="/">{e(outlet)}</a>\n'
              f'    <nav><ul>\n{nav}\n    </ul></nav>\n  </header>\n')
    article = (f'    <article>\n      <span class="section">{e(meta.get("section", ""))}</span>\n'
               f'      <h1>{e(title)}</h1>\n'
               f'      <p class="byline">{e(byline)} · <time datetime="{ts}">{e(shown)}</time></p>\n'
               f'{body}\n    </article>\n')
    aside = (f'    <aside class="related">\n      <h2>{e(ui["related"])}</h2>\n      <ul>\n{rel}\n      </ul>\n'
             f'      <p class="newsletter">{e(ui["newsletter"])}</p>\n    </aside>\n')
    share = f'    <div class="share">{e(ui["share"])}</div>\n'
    if variant == 0:
        main = f'  <main class="page">\n{article}{share}{aside}  </main>\n'
        top = cookie + header
    elif variant == 1:
        main = f'  <div class="wrap">\n{aside}{article}{share}  </div>\n'
        top = header + cookie
    else:
        main = f'  <main>\n    <div class="col">\n{article}    </div>\n{aside}{share}  </main>\n'
        top = header + cookie
    year = ts[:4]
    foot = (f'  <footer class="site-footer">\n    <p>© {year} {e(outlet)}. {e(ui["foot"])}</p>\n'
            f'    <ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li>'
            f'<li><a href="/contact/">Contact</a></li></ul>\n  </footer>\n')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">\n'
            f'  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'  <title>{e(title + sep + outlet)}</title>\n'
            f'  <meta name="description" content="{e(desc)}">\n'
            f'  <link rel="canonical" href="{e(url)}">\n'
            f'  <meta property="og:type" content="article">\n'
            f'  <meta property="og:site_name" content="{e(outlet)}">\n'
            f'  <meta property="og:title" content="{e(title)}">\n'
            f'  <meta property="og:url" content="{e(url)}">\n'
            f'  <meta property="article:published_time" content="{ts}">\n'
            f'  <meta property="article:section" content="{e(meta.get("section", ""))}">\n'
            f'  <meta name="author" content="{e(meta["author"])}">\n'
            f'  <link rel="stylesheet" href="/assets/site.css">\n'
            f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            f'</head>\n<body>\n{top}{main}{foot}</body>\n</html>\n')


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
