#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

digest.txt and expected.json are written by hand in cases/<name>/.
Spec: 'key: value' header lines, a line '---', then paragraphs separated by
blank lines. A paragraph starting with '## ' becomes a subheading.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home", "Business", "Technology", "Telecoms", "Opinion", "We use cookies to improve your experience.", "Accept all", "Manage settings", "Related", "All rights reserved.", "Privacy", "Terms", "By"),
    "fr": ("Accueil", "Économie", "Tech", "Télécoms", "Débats", "Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer", "À lire aussi", "Tous droits réservés.", "Confidentialité", "Mentions légales", "Par"),
    "de": ("Startseite", "Wirtschaft", "Digital", "Telekommunikation", "Meinung", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen", "Mehr zum Thema", "Alle Rechte vorbehalten.", "Datenschutz", "Impressum", "Von"),
    "es": ("Portada", "Economía", "Tecnología", "Telecomunicaciones", "Opinión", "Utilizamos cookies para mejorar su experiencia.", "Aceptar todas", "Configurar", "Relacionadas", "Todos los derechos reservados.", "Privacidad", "Aviso legal", "Por"),
    "ja": ("トップ", "経済", "テクノロジー", "通信", "オピニオン", "当サイトはサービス向上のためクッキーを使用します。", "同意する", "設定", "関連記事", "無断転載を禁じます。", "プライバシー", "利用規約", ""),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.strip().split("\n\n")]
    return meta, paras


def page(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    sep = meta.get("sep", "-")
    first = paras[0].lstrip("# ")
    desc = first[:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": meta["lang"]}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    rel = "\n".join(f'        <li><a href="{base}/{s}">{e(t)}</a></li>' for s, t in
                    [(x.split("|")[0], x.split("|")[1]) for x in meta["related"].split(";")])
    byline = f"{ui[12]} {meta['author']}".strip()
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} {sep} {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">
    <p>{ui[5]}</p>
    <button>{ui[6]}</button> <button>{ui[7]}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul>
      <li><a href="{base}/">{ui[0]}</a></li>
      <li><a href="{base}/business">{ui[1]}</a></li>
      <li><a href="{base}/tech">{ui[2]}</a></li>
      <li><a href="{base}/telecoms">{ui[3]}</a></li>
      <li><a href="{base}/opinion">{ui[4]}</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{chr(10).join(body)}
    </article>
    <aside class="related">
      <h3>{ui[8]}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© 2026 {e(meta['outlet'])}. {ui[9]}</p>
    <a href="{base}/privacy">{ui[10]}</a> · <a href="{base}/terms">{ui[11]}</a>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
    print("ok")


if __name__ == "__main__":
    main()
