"""specs/<name>.txt + digests/<name>.txt + labels.json -> cases/<name>/{source.html,digest.txt,expected.json}"""
import html, json, pathlib
from datetime import datetime
HERE = pathlib.Path(__file__).parent

def parse_spec(p):
    head, body = p.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [x.strip() for x in body.strip().split("\n\n") if x.strip()]
    return meta, paras

def page(meta, paras):
    e = html.escape
    t, o = meta["title"], meta["outlet"]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": meta["url"],
          "inLanguage": meta["lang"]}
    ui = {"en": ("Home", "Education", "Campus", "We use cookies to improve your experience.", "Accept", "Related", "All rights reserved."),
          "fr": ("Accueil", "Éducation", "Universités", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "Tous droits réservés."),
          "de": ("Startseite", "Bildung", "Hochschule", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Alle Rechte vorbehalten."),
          "es": ("Portada", "Educación", "Universidad", "Usamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Todos los derechos reservados."),
          "ja": ("トップ", "教育", "大学", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "無断転載を禁じます。")}[meta["lang"]]
    desc = paras[0][:160]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{meta["url"].rsplit("/",1)[0]}/related-{i}">{e(x)}</a></li>' for i, x in enumerate(meta.get("related", "Archive|Opinion").split("|"), 1))
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{sep}{e(o)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{ui[3]}</p><button>{ui[4]}</button></div>
  <header><a class="logo" href="/">{e(o)}</a>
    <nav><ul><li><a href="/">{ui[0]}</a></li><li><a href="/education">{ui[1]}</a></li><li><a href="/campus">{ui[2]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{ui[5]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>© {meta['published'][:4]} {e(o)}. {ui[6]}</p></footer>
</body>
</html>
"""

def main():
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    for sp in sorted((HERE / "specs").glob("*.txt")):
        name = sp.stem
        meta, paras = parse_spec(sp)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        dg = (HERE / "digests" / f"{name}.txt").read_text(encoding="utf-8")
        (d / "digest.txt").write_text(dg, encoding="utf-8")
        f = [{"kind": k, "severity": s, "span": sp_} for k, s, sp_ in labels.get(name, [])]
        (d / "expected.json").write_text(json.dumps({"clean": not f, "findings": f}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
