"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/*.py."""
import datetime, html, importlib.util, json, pathlib

HERE = pathlib.Path(__file__).parent
NAV = ["World", "Sport", "Culture", "Business", "Opinion"]
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todo / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}


def page(s):
    e = html.escape
    url = f"https://{s['domain']}{s['path']}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["body"])
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner">{COOKIE[s['lang']]}</div>
  <header><a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <div class="byline">{e(s['author'])} <time datetime="{s['published']}">{s['published']}</time></div>
{body}
    </article>
  </main>
  <footer>© {s['published'][:4]} {e(s['outlet'])}. All rights reserved. <a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""


def post_stamp(published):
    """Blog post time: an hour after the source, on the outlet's own date (as in the examples)."""
    t = datetime.datetime.fromisoformat(published)
    p = t + datetime.timedelta(hours=1)
    if p.date() != t.date():
        p = t.replace(hour=23, minute=55)
    return p.strftime("%Y年%m月%d日 %H:%M")


def digest(d, published):
    L = [d["headline"] + post_stamp(published), "", "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成", "【概要】", ""]
    for p in d["lead"]:
        L += [" " + p, ""]
    L += [" 主なハイライト", ""]
    for p in d["hi"]:
        L += [" " + p, ""]
    L += [" 文脈", ""]
    for p in d["ctx"]:
        L += [" " + p, ""]
    for p in d["close"]:
        L += [" " + p, ""]
    L += ["【詳細】", ""]
    for p in d["intro"]:
        L += [" " + p, ""]
    for topic, secs in d["detail"]:
        L += [" " + topic, ""]
        for i, (h, items) in enumerate(secs, 1):
            L += [f" {i}.{h}", ""]
            L += [" ・" + b for b in items] + [""]
    for p in d["dclose"]:
        L += [" " + p, ""]
    L += ["【要点】", ""]
    for topic, secs in d["points"]:
        L += [" " + topic, ""]
        for i, (h, items) in enumerate(secs, 1):
            L += [f" {i}.{h}", ""]
            L += [" ・" + b for b in items] + [""]
    L += ["【引用・参照・底本】", "", d["cite"], "", d["url"], ""]
    return "\n".join(L)


def main():
    for f in sorted((HERE / "specs").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        for c in m.CASES:
            out = HERE / "cases" / c["name"]
            out.mkdir(parents=True, exist_ok=True)
            (out / "source.html").write_text(page(c["src"]), encoding="utf-8")
            (out / "digest.txt").write_text(digest(c["dig"], c["src"]["published"]), encoding="utf-8")
            exp = {"clean": not c["findings"],
                   "findings": [dict(kind=k, severity=s, span=sp) for k, s, sp, _ in c["findings"]]}
            (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
