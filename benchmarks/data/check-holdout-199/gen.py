#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
WD = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
      "ja": ["月", "火", "水", "木", "金", "土", "日"]}
MON = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()}
UI = {"en": ("Share this story", "Most read", "Related", "We use cookies to personalise content and analyse traffic.", "Accept all", "Reject", "About us", "Contact", "Privacy policy", "All rights reserved."),
      "fr": ("Partager cet article", "Les plus lus", "À lire aussi", "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
      "de": ("Artikel teilen", "Meistgelesen", "Mehr zum Thema", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
      "es": ("Compartir", "Lo más leído", "Relacionadas", "Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
      "ja": ("この記事を共有", "よく読まれている記事", "関連記事", "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否", "会社概要", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。")}
NAV = {"en": ["World", "Politics", "Defence", "Business", "Opinion"], "fr": ["Monde", "Politique", "Défense", "Économie", "Opinions"],
       "de": ["Welt", "Politik", "Verteidigung", "Wirtschaft", "Meinung"], "es": ["Mundo", "Política", "Defensa", "Economía", "Opinión"],
       "ja": ["国際", "政治", "防衛", "経済", "オピニオン"]}


def shown(dt, lang, tzname):
    w = WD[lang][dt.weekday()]
    if lang == "en":
        return f"{w} {dt.day} {MON['en'][dt.month-1]} {dt.year} {dt:%H.%M} {tzname}"
    if lang == "fr":
        return f"Publié le {w} {dt.day} {MON['fr'][dt.month-1]} {dt.year} à {dt:%Hh%M} ({tzname})"
    if lang == "de":
        return f"{w}, {dt.day}. {MON['de'][dt.month-1]} {dt.year}, {dt:%H:%M} Uhr {tzname}"
    if lang == "es":
        return f"{w} {dt.day} de {MON['es'][dt.month-1]} de {dt.year}, {dt:%H:%M} {tzname}"
    return f"{dt.year}年{dt.month}月{dt.day}日({w}) {dt:%H:%M} {tzname}"


def build(spec):
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    lang = m["lang"]
    dt = datetime.fromisoformat(m["published"])
    url = f"https://{m['domain']}{m['path']}"
    e = html.escape
    ui = UI[lang]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    desc = paras[0][:150]
    rel = "".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>\n' for i, r in enumerate(m.get("related", "").split(" | ")) if r)
    nav = "".join(f'      <li><a href="/{n.lower()}/">{e(n)}</a></li>\n' for n in NAV[lang])
    ps = "".join(f"      <p>{e(p)}</p>\n" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{e(m.get('sep', ' - '))}{e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(shown(dt, lang, m['tz']))}</time></p>
{ps}    </article>
    <div class="share">{ui[0]}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>
    <aside class="related">
      <h3>{ui[2]}</h3>
      <ul>
{rel}      </ul>
      <h3>{ui[1]}</h3>
      <ol><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{ui[3]}</p><button>{ui[4]}</button> <button>{ui[5]}</button></div>
  <footer>
    <ul><li><a href="/about/">{ui[6]}</a></li><li><a href="/contact/">{ui[7]}</a></li><li><a href="/privacy/">{ui[8]}</a></li></ul>
    <p>&copy; {dt.year} {e(m['outlet'])}. {ui[9]}</p>
  </footer>
</body>
</html>
"""


if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(HERE / "specs" / f"{n}.txt"), encoding="utf-8")
        print("wrote", n)
