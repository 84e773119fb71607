"""Build cases/<name>/{source.html,digest.txt,expected.json} from the hand-written specs in specs_*.py.

source.html is filled into a page template; digest.txt is the hand-written Japanese text laid out
in the house format (the sentences are written by hand in the specs, only the layout is mechanical).
"""
import json, pathlib, html, importlib

HERE = pathlib.Path(__file__).parent
CREDIT = "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} - {outlet}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{outlet}">
  <meta property="og:title" content="{title}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <meta name="author" content="{author}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <nav class="site-nav"><a href="/">{outlet}</a>
    <ul><li><a href="/news/">{nav[0]}</a></li><li><a href="/economy/">{nav[1]}</a></li><li><a href="/sport/">{nav[2]}</a></li><li><a href="/culture/">{nav[3]}</a></li></ul>
  </nav>
  <div class="cookie-banner" role="dialog"><p>{cookie}</p><button>OK</button></div>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">{author} &middot; <time datetime="{published}">{published}</time></p>
{body}
    </article>
    <aside class="related"><h2>{related}</h2><ul><li><a href="/news/1">{rel1}</a></li></ul></aside>
  </main>
  <footer><p>&copy; {year} {outlet}. {footer}</p><a href="/privacy/">Privacy</a></footer>
</body>
</html>
"""

LOCALE = {
  "en": (["News", "Business", "Sport", "Culture"], "We use cookies to improve your experience. Accept all cookies?", "Related stories", "More from the region", "All rights reserved."),
  "fr": (["Actualités", "Économie", "Sport", "Culture"], "Nous utilisons des cookies pour améliorer votre expérience.", "À lire aussi", "Plus d'actualités", "Tous droits réservés."),
  "de": (["Nachrichten", "Wirtschaft", "Sport", "Kultur"], "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Mehr zum Thema", "Weitere Meldungen", "Alle Rechte vorbehalten."),
  "es": (["Noticias", "Economía", "Deportes", "Cultura"], "Utilizamos cookies para mejorar su experiencia.", "Relacionadas", "Más noticias", "Todos los derechos reservados."),
  "it": (["Notizie", "Economia", "Sport", "Cultura"], "Utilizziamo i cookie per migliorare la tua esperienza.", "Leggi anche", "Altre notizie", "Tutti i diritti riservati."),
  "ja": (["ニュース", "経済", "スポーツ", "文化"], "当サイトはクッキーを使用しています。同意しますか。", "関連記事", "地域のニュース", "無断転載を禁じます。"),
}

def page(c):
    nav, cookie, related, rel1, footer = LOCALE[c["lang"]]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                     "datePublished": c["published"], "author": {"@type": "Person", "name": c["author"]},
                     "publisher": {"@type": "Organization", "name": c["outlet"]}, "mainEntityOfPage": c["url"]},
                    ensure_ascii=False)
    body = "\n".join("      <p>%s</p>" % html.escape(p, quote=False) for p in c["body"])
    e = lambda s: html.escape(s)
    return PAGE.format(lang=c["lang"], title=e(c["title"]), outlet=e(c["outlet"]), desc=e(c["body"][0][:150]),
                       url=c["url"], published=c["published"], author=e(c["author"]), ld=ld, nav=nav,
                       cookie=cookie, related=related, rel1=rel1, footer=footer, body=body,
                       year=c["published"][:4])

def tree(topics):
    out = []
    for topic, secs in topics:
        out += ["", " " + topic, ""]
        for i, (sec, bullets) in enumerate(secs, 1):
            out += [" %d.%s" % (i, sec), ""]
            out += [" ・" + b for b in bullets]
            out.append("")
    return out

def digest(d):
    L = [d["head"] + d["stamp"], "", CREDIT, "【概要】", ""]
    L += [" " + p for p in d["lead"]]
    L += ["", " 主なハイライト", ""]
    for k, v in d["hl"]:
        L += [" %s:%s" % (k, v), ""]
    L += [" 文脈", ""]
    for k, v in d["ctx"]:
        L += [" %s:%s" % (k, v), ""]
    L += [" " + d["close"], "", "【詳細】", "", " " + d["intro"]]
    L += tree(d["detail"])
    L += [" " + d["dclose"], "", "【要点】"]
    L += tree(d["key"])
    L += ["【引用・参照・底本】", "", d["cite"], "", d["cite_url"], ""]
    return "\n".join(L)

def main():
    cases = []
    for mod in ("specs_a", "specs_b", "specs_c", "specs_d"):
        try:
            cases += importlib.import_module(mod).CASES
        except ModuleNotFoundError:
            pass
    from extras import EXTRA
    for c in cases:
        if c["name"] in EXTRA:
            c["body"] = c["body"][:-1] + EXTRA[c["name"]] + c["body"][-1:]
        d = HERE / "cases" / c["name"]
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(c), encoding="utf-8")
        (d / "digest.txt").write_text(digest(c["digest"]), encoding="utf-8")
        exp = {"clean": not c["findings"],
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in c["findings"]]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("built", len(cases), "cases")

if __name__ == "__main__":
    main()
