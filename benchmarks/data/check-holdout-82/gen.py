"""Generate the check-holdout-82 cases from specs/*.py.

Each spec defines META, BODY (paragraphs), DIGEST (clean digest, with
{CITATION} where the citation block goes), TRAPS (derived values in the clean
digest) and ERRS: (old, new, span, kind, severity, slip) replacements that turn
the clean digest into the err digest.  One spec -> clean-<slug> and err-<slug>.
"""
import html, json, pathlib, runpy, datetime

HERE = pathlib.Path(__file__).parent
CASES = HERE / "cases"

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title_e} - {outlet_e}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{outlet_e}">
  <meta property="og:title" content="{title_e}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{section}">
  <meta name="author" content="{author}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{outlet_e}</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/markets/">{nav[0]}</a></li>
        <li><a href="/farming/">{nav[1]}</a></li>
        <li><a href="/trade/">{nav[2]}</a></li>
        <li><a href="/weather/">{nav[3]}</a></li>
        <li><a href="/opinion/">{nav[4]}</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker">{section}</p>
      <h1>{title_e}</h1>
      <p class="byline">{author} <time datetime="{pub}">{pub_h}</time></p>
{paras}
    </article>
    <aside class="related">
      <h3>{related}</h3>
      <ul><li><a href="/newsletter/">Newsletter</a></li><li><a href="/podcast/">Podcast</a></li></ul>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{cookie}</p>
    <button class="accept">OK</button> <button class="reject">{reject}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {year} {outlet_e}</p>
  </footer>
</body>
</html>
"""

CHROME = {
    "en": (["Markets", "Farming", "Trade", "Weather", "Opinion"], "Most read",
           "We use cookies to improve your experience and to analyse traffic. You can change your choices at any time.", "Reject"),
    "fr": (["Marchés", "Agriculture", "Commerce", "Météo", "Opinions"], "Les plus lus",
           "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Refuser"),
    "de": (["Märkte", "Landwirtschaft", "Handel", "Wetter", "Meinung"], "Meistgelesen",
           "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Zugriffe zu analysieren.", "Ablehnen"),
    "es": (["Mercados", "Campo", "Comercio", "Clima", "Opinión"], "Lo más leído",
           "Utilizamos cookies para mejorar su experiencia y analizar el tráfico.", "Rechazar"),
    "ja": (["市況", "農業", "貿易", "気象", "オピニオン"], "よく読まれている記事",
           "当サイトはサービス向上とアクセス解析のためにクッキーを使用しています。", "拒否"),
}


def citation(m, url=None):
    d = datetime.datetime.fromisoformat(m["pub"]).strftime("%Y.%m.%d")
    # outlet names contain spaces, so the outlet is set off by two spaces on each side
    sep = "  " if " " in m["outlet"] else " "
    return f"【引用・参照・底本】\n\n{m['title']}{sep}{m['outlet']}{sep}{d}\n\n{url or m['url']}\n"


def page(m, body):
    nav, related, cookie, reject = CHROME[m["lang"]]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": m["title"], "datePublished": m["pub"],
                     "author": {"@type": "Person", "name": m["author"]},
                     "publisher": {"@type": "Organization", "name": m["outlet"]},
                     "mainEntityOfPage": m["url"]}, ensure_ascii=False)
    paras = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in body)
    return PAGE.format(lang=m["lang"], title_e=html.escape(m["title"]), outlet_e=html.escape(m["outlet"]),
                       desc=html.escape(body[0][:150]), url=m["url"], pub=m["pub"], section=m["section"],
                       author=m["author"], ld=ld, nav=nav, pub_h=m["pub_h"], paras=paras, related=related,
                       cookie=cookie, reject=reject, year=m["pub"][:4])


def write(name, src, digest, findings):
    d = CASES / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(src, encoding="utf-8")
    (d / "digest.txt").write_text(digest, encoding="utf-8")
    exp = {"clean": not findings,
           "findings": [{"kind": k, "severity": s, "span": sp} for sp, k, s in findings]}
    (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    for spec in sorted((HERE / "specs").glob("*.py")):
        s = runpy.run_path(str(spec))
        m, slug = s["META"], spec.stem
        src = page(m, s["BODY"])
        clean = s["DIGEST"].replace("{CITATION}", citation(m))
        write(f"clean-{slug}", src, clean, [])
        err = s["DIGEST"].replace("{CITATION}", citation(m))
        found = []
        for old, new, span, kind, sev, _slip in s["ERRS"]:
            assert err.count(old) >= 1, (slug, old)
            err = err.replace(old, new, 1)
            if span:
                found.append((span, kind, sev))
        write(f"err-{slug}", src, err, found)


if __name__ == "__main__":
    main()


def readme(verify_txt):
    rows, traps, planted = [], [], []
    tot = {}
    for spec in sorted((HERE / "specs").glob("*.py")):
        s = runpy.run_path(str(spec))
        m, slug = s["META"], spec.stem
        off = m["pub"][-6:]
        for pre in ("clean", "err"):
            rows.append(f"| {pre}-{slug} | {m['lang']} | {m['outlet']} (UTC{off}) | {m['topic']} |")
        traps.append(f"- `clean-{slug}`: " + "; ".join(s["TRAPS"]))
        for _o, _n, span, kind, sev, slip in s["ERRS"]:
            planted.append(f"| err-{slug} | `{span}` | {kind} / {sev} | {slip} |")
            tot[(kind, sev)] = tot.get((kind, sev), 0) + 1
    n = len(rows)
    totals = "\n".join(f"| {k} | {v} | {c} |" for (k, v), c in sorted(tot.items()))
    text = (HERE / "README.in.md").read_text(encoding="utf-8")
    text = text.replace("{N}", str(n)).replace("{NP}", str(sum(tot.values())))
    text = text.replace("{CASES}", "\n".join(rows)).replace("{TRAPS}", "\n".join(traps))
    text = text.replace("{PLANTED}", "\n".join(planted)).replace("{TOTALS}", totals)
    text = text.replace("{VERIFY}", pathlib.Path(verify_txt).read_text(encoding="utf-8").rstrip())
    (HERE / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__" and len(__import__("sys").argv) > 2 and __import__("sys").argv[1] == "--readme":
    readme(__import__("sys").argv[2])
