"""Generate cases/<name>/{source.html,digest.txt,expected.json} from specs/*.py.

Each spec module defines CASES, a list of dicts (see specs/ for the fields).
Written blind for check-holdout-78; everything is fictional (.example domains).
"""
import html, importlib.util, json, pathlib

HERE = pathlib.Path(__file__).parent
CREDITS = ["国立国会図書館デジタルコレクション「浪華百景」を加工して作成",
           "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"]
NAV = {"en": ["World", "Business", "Markets", "Economy", "Opinion"],
       "fr": ["Monde", "Économie", "Marchés", "Entreprises", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Finanzen", "Märkte", "Meinung"],
       "es": ["Mundo", "Economía", "Mercados", "Empresas", "Opinión"],
       "ja": ["国際", "経済", "マーケット", "企業", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
          "ja": "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。"}


def esc(s):
    return html.escape(s, quote=True)


def source_html(c):
    url = "https://" + c["domain"] + c["path"]
    t, site, pub = c["title"], c["outlet"], c["published"]
    desc = c["paras"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
                     "datePublished": pub, "author": {"@type": "Person", "name": c["author"]},
                     "publisher": {"@type": "Organization", "name": site},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(NAV[c["lang"]]))
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in c["paras"])
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(t)} | {esc(site)}</title>
  <meta name="description" content="{esc(desc)}">
  <link rel="canonical" href="{esc(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(site)}">
  <meta property="og:title" content="{esc(t)}">
  <meta property="og:url" content="{esc(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{esc(c['section'])}">
  <meta name="author" content="{esc(c['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{esc(site)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{esc(t)}</h1>
      <p class="byline">{esc(c['author'])} <time datetime="{pub}">{esc(c['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h3>Most read</h3><ul><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ul></aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog"><p>{esc(COOKIE[c['lang']])}</p><button>OK</button></div>
  <footer class="site-footer"><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul><p>&copy; {pub[:4]} {esc(site)}</p></footer>
</body>
</html>
"""


def tree(topics):
    out = []
    for topic, secs in topics:
        out += ["", " " + topic]
        for i, (sec, lines) in enumerate(secs, 1):
            out += ["", f" {i}.{sec}", ""]
            out += [" " + l if l.startswith("・") else " " + l for l in lines]
    return out


def digest(c, n):
    d = c["digest"]
    L = [d["head"] + d["stamp"], "", CREDITS[n % 2], "【概要】", ""]
    L += [" " + p for p in d["lead"]]
    L += ["", " 主なハイライト", ""]
    for k, v in d["hi"]:
        L += [f" {k}:{v}", ""]
    L += [" 文脈", ""]
    for k, v in d["ctx"]:
        L += [f" {k}:{v}", ""]
    L += [" " + p for p in d["close"]]
    L += ["", "【詳細】", "", " " + d["intro"]]
    L += tree(d["topics"])
    L += ["", " " + d["outro"], "", "【要点】"]
    L += tree(d["keys"])
    url = d.get("cite_url", "https://" + c["domain"] + c["path"])
    L += ["", "【引用・参照・底本】", "", f"{c['title']} {c['outlet']} {d.get('cite_date', c['published'][:10].replace('-', '.'))}", "", url, ""]
    return "\n".join(L)


def main():
    n = 0
    for spec in sorted((HERE / "specs").glob("*.py")):
        s = importlib.util.spec_from_file_location(spec.stem, spec)
        m = importlib.util.module_from_spec(s)
        s.loader.exec_module(m)
        for c in m.CASES:
            d = HERE / "cases" / c["name"]
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(source_html(c), encoding="utf-8")
            (d / "digest.txt").write_text(digest(c, n), encoding="utf-8")
            exp = {"clean": not c["findings"],
                   "findings": [{"kind": k, "severity": s_, "span": sp} for k, s_, sp in c["findings"]]}
            (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            n += 1
    print(n, "cases")


if __name__ == "__main__":
    main()
