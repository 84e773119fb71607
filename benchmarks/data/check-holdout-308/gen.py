"""specs/<name>.txt -> cases/<name>/source.html, plus expected.json from findings.json.

digest.txt files are written by hand in cases/<name>/ and are not generated."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["Home", "Film", "Music", "Box Office", "Tours", "Business"],
       "fr": ["Accueil", "Cinéma", "Musique", "Box-office", "Tournées", "Économie"],
       "de": ["Startseite", "Kino", "Musik", "Kinocharts", "Tourneen", "Wirtschaft"],
       "es": ["Portada", "Cine", "Música", "Taquilla", "Giras", "Economía"],
       "ja": ["トップ", "映画", "音楽", "興行", "ツアー", "経済"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todas</button> <button>Configurar</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = {"|": " | ", "｜": "｜", "-": " - "}[meta.get("titlesep", "-")]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "inLanguage": lang}
    rel = "".join(f'<li><a href="https://{meta["site"]}/{i}">{e(t)}</a></li>'
                  for i, t in enumerate(meta["related"].split(" | ")))
    nav = "".join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner">{COOKIE[lang]}</div>
  <header><a class="logo" href="/">{e(meta['outlet'])}</a><nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside><h2>{RELATED[lang]}</h2><ul>{rel}</ul></aside>
  </main>
  <footer>© 2026 {e(meta['outlet'])} · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body>
</html>
"""


def main():
    findings = json.loads((HERE / "findings.json").read_text(encoding="utf-8"))
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        f = findings.get(name, [])
        exp = {"clean": not f, "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in f]}
        (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
