"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/*.py.

Each spec module defines SPEC = dict(name, lang, outlet, domain, path, published
(ISO with offset), title, section, author, paras [list of str], digest (str),
findings [list of (kind, severity, span)]).
"""
import html, json, pathlib, importlib.util

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Health", "Education", "Society", "Opinion"],
       "fr": ["Monde", "Santé", "Éducation", "Société", "Opinions"],
       "de": ["Welt", "Gesundheit", "Bildung", "Gesellschaft", "Meinung"],
       "es": ["Mundo", "Salud", "Educación", "Sociedad", "Opinión"],
       "ja": ["国際", "健康", "教育", "社会", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage settings",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。すべて許可 / 設定"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def page(s):
    e = html.escape
    url = f"https://{s['domain']}{s['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
          "publisher": {"@type": "Organization", "name": s["outlet"]}, "mainEntityOfPage": url}
    desc = s["paras"][0][:150]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[s["lang"]]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paras"])
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[s['lang']])}</div>
  <header class="site-header">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <p class="byline">{e(s['author'])} · <time datetime="{s['published']}">{s['published']}</time></p>
{body}
    </article>
  </main>
  <footer class="site-footer"><p>© 2026 {e(s['outlet'])}. {e(FOOT[s['lang']])}</p></footer>
</body>
</html>
"""


def main():
    for f in sorted((HERE / "specs").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        s = m.SPEC
        d = HERE / "cases" / s["name"]; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")
        (d / "digest.txt").write_text(s["digest"].strip("\n") + "\n", encoding="utf-8")
        fs = [{"kind": k, "severity": v, "span": sp} for k, v, sp in s["findings"]]
        (d / "expected.json").write_text(json.dumps({"clean": not fs, "findings": fs}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
