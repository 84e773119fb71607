#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; run from anywhere)."""
import html, json, pathlib, sys, zlib
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent

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
NAV = {
    "en": ["World", "Politics", "Business", "Health", "Science", "Opinion"],
    "fr": ["Monde", "Politique", "Économie", "Santé", "Sciences", "Débats"],
    "de": ["Welt", "Politik", "Wirtschaft", "Gesundheit", "Wissen", "Meinung"],
    "es": ["Mundo", "Política", "Economía", "Salud", "Ciencia", "Opinión"],
    "ja": ["国際", "政治", "経済", "医療・健康", "科学", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上のためクッキーを使用します。", "同意する", "設定"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Noticias relacionadas", "ja": "関連記事"}
RELATED_DEFAULT = {
    "en": ["Five things to know about the winter pressures on hospitals", "Opinion: waiting lists need more than money",
           "How to check your place on a hospital waiting list"],
    "fr": ["Hôpital : ce que change la nouvelle tarification", "Tribune : les déserts médicaux ne sont pas une fatalité",
           "Vaccination : le point sur les rappels"],
    "de": ["Krankenhausreform: Was sich für Patienten ändert", "Kommentar: Die Wartezeit ist ein Symptom",
           "So finden Sie schneller einen Arzttermin"],
    "es": ["Cómo consultar su lugar en la lista de espera", "Opinión: la salud pública necesita algo más que dinero",
           "Vacunación: calendario actualizado"],
    "ja": ["医師の働き方改革、地域医療への影響は", "社説:病院経営の立て直しを急げ", "感染症に備える家庭の基本"],
}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_date(lang, dt):
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt.minute:02d}"
    m = MONTHS[lang][dt.month - 1]
    if lang == "en":
        return f"{m} {dt.day}, {dt.year} {dt.hour}:{dt.minute:02d}"
    if lang == "fr":
        return f"{dt.day} {m} {dt.year} à {dt.hour}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {m} {dt.year}, {dt.hour}:{dt.minute:02d} Uhr"
    return f"{dt.day} de {m} de {dt.year}, {dt.hour}:{dt.minute:02d}"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    variant = zlib.crc32(name.encode()) % 3
    sep = " | " if variant == 1 else " - "
    dt = datetime.fromisoformat(meta["published"])
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    c_text, c_ok, c_set = COOKIE[lang]
    base = meta["url"].split("/", 3)
    root = base[0] + "//" + base[2]
    related = "\n".join(
        f'        <li><a href="{root}/related/{name}-{i}">{e(t)}</a></li>'
        for i, t in enumerate(meta["related"].split(" ;; ") if meta.get("related") else RELATED_DEFAULT[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""
    cookie = f"""  <div class="cookie-consent" role="dialog">
    <p>{e(c_text)}</p>
    <button class="accept">{e(c_ok)}</button> <button class="settings">{e(c_set)}</button>
  </div>"""
    navblock = f"""  <nav class="site-nav">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <ul>
{nav}
    </ul>
  </nav>"""
    article = f"""  <main>
    <article>
      <header>
        <p class="section">{e(meta.get('section', ''))}</p>
        <h1>{e(meta['title'])}</h1>
        <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(shown_date(lang, dt))}</time></p>
      </header>
{body}
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>"""
    footer = f"""  <footer>
    <p>© {dt.year} {e(meta['outlet'])}. {e(RIGHTS[lang])}</p>
    <a href="{root}/privacy">Privacy</a> · <a href="{root}/contact">Contact</a>
  </footer>"""
    if variant == 0:
        parts = [navblock, cookie, article, footer]
    elif variant == 1:
        parts = [cookie, navblock, article, footer]
    else:
        parts = [navblock, article, footer, cookie]
    return head + "\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n"


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
