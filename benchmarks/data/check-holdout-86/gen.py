"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/*.py."""
import html, json, pathlib, runpy

HERE = pathlib.Path(__file__).parent

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
  <meta property="article:section" content="{section}">
  <meta name="author" content="{author}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{outlet}</a>
    <nav class="main-nav"><ul>
      <li><a href="/tech/">{nav[0]}</a></li>
      <li><a href="/media/">{nav[1]}</a></li>
      <li><a href="/business/">{nav[2]}</a></li>
      <li><a href="/culture/">{nav[3]}</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">{author} · <time datetime="{published}">{timestr}</time></p>
{body}
    </article>
    <aside class="related"><h3>{nav[4]}</h3><ul><li><a href="/more/1">{nav[5]}</a></li></ul></aside>
  </main>
  <div id="cookie-banner" class="cookie-consent" role="dialog">
    <p>{cookie}</p><button class="accept">OK</button> <a href="/privacy/">{nav[6]}</a>
  </div>
  <footer class="site-footer">
    <p>&copy; {year} {outlet}</p>
    <ul><li><a href="/about/">{nav[7]}</a></li><li><a href="/contact/">Contact</a></li></ul>
  </footer>
</body>
</html>
"""

NAV = {
 "en": ["Tech", "Media", "Business", "Culture", "Most read", "Newsletter sign-up", "Privacy policy", "About us"],
 "fr": ["Tech", "Médias", "Économie", "Culture", "Les plus lus", "Recevoir la newsletter", "Confidentialité", "Qui sommes-nous"],
 "de": ["Digital", "Medien", "Wirtschaft", "Kultur", "Meistgelesen", "Newsletter abonnieren", "Datenschutz", "Impressum"],
 "es": ["Tecnología", "Medios", "Economía", "Cultura", "Lo más leído", "Boletín", "Privacidad", "Quiénes somos"],
 "ja": ["テクノロジー", "メディア", "経済", "文化", "よく読まれている記事", "ニュースレター登録", "プライバシー", "会社概要"],
}
COOKIE = {
 "en": "We use cookies to improve your experience and to show personalised ads.",
 "fr": "Nous utilisons des cookies pour améliorer votre expérience.",
 "de": "Wir verwenden Cookies, um unser Angebot zu verbessern.",
 "es": "Utilizamos cookies para mejorar su experiencia.",
 "ja": "当サイトはサービス向上のためにクッキーを使用しています。",
}


def page(s):
    body = "\n".join("      <p>%s</p>" % html.escape(p, quote=False) for p in s["paras"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": s["title"], "datePublished": s["published"],
                     "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    e = lambda x: html.escape(x, quote=True)
    return PAGE.format(lang=s["lang"], title=e(s["title"]), outlet=e(s["outlet"]),
                       desc=e(s["paras"][0][:150]), url=s["url"], published=s["published"],
                       section=e(s.get("section", "Tech")), author=e(s["author"]), ld=ld,
                       nav=NAV[s["lang"]], timestr=e(s["timestr"]), body=body,
                       cookie=COOKIE[s["lang"]], year=s["published"][:4])


def digest(d):
    out = [d["headline"] + d["posted"], "", "国立国会図書館デジタルコレクション「%s」を加工して作成" % d.get("image", "名所江戸百景"), "【概要】", ""]
    for p in d["lead"]:
        out += [" " + p, ""]
    out += [" 主なハイライト", ""]
    for lab, t in d["highlights"]:
        out += [" %s:%s" % (lab, t), ""]
    out += [" 文脈", ""]
    for lab, t in d["context"]:
        out += [" %s:%s" % (lab, t), ""]
    for p in d["closing"]:
        out += [" " + p, ""]
    out += ["【詳細】", ""]
    for p in d["intro"]:
        out += [" " + p, ""]
    for topic, secs in d["details"]:
        out += [" " + topic, ""]
        for i, (h, items) in enumerate(secs, 1):
            out += [" %d.%s" % (i, h), ""]
            for it in items:
                out += [(" " + it) if it.startswith("・") else (" " + it)]
            out += [""]
    for p in d["dclosing"]:
        out += [" " + p, ""]
    out += ["【要点】", ""]
    for topic, secs in d["points"]:
        out += [" " + topic, ""]
        for i, (h, items) in enumerate(secs, 1):
            out += [" %d.%s" % (i, h), ""]
            out += [" " + it for it in items]
            out += [""]
    out += ["【引用・参照・底本】", "", "%s %s %s" % (d["cite_title"], d["cite_outlet"], d["cite_date"]), "", d["cite_url"]]
    return "\n".join(out) + "\n"


def main():
    for spec in sorted((HERE / "specs").glob("*.py")):
        s = runpy.run_path(str(spec))
        name = spec.stem
        d = s["digest"]
        text = digest(d)
        for old, new in s.get("plants", []):
            assert text.count(old) >= 1, (name, old)
            text = text.replace(old, new)
        cdir = HERE / "cases" / name
        cdir.mkdir(parents=True, exist_ok=True)
        (cdir / "source.html").write_text(page(s), encoding="utf-8")
        (cdir / "digest.txt").write_text(text, encoding="utf-8")
        exp = {"clean": not s.get("findings"), "findings": s.get("findings", [])}
        (cdir / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
