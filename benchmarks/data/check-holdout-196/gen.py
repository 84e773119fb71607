#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
 "en": dict(nav=["Home", "Energy", "Climate", "Business", "Opinion"], cookie="We use cookies to improve your experience and to show relevant ads. <button>Accept all</button> <button>Manage settings</button>", related="Related stories", foot="All rights reserved. Terms · Privacy · Contact", by="By"),
 "fr": dict(nav=["Accueil", "Énergie", "Climat", "Économie", "Débats"], cookie="Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>", related="À lire aussi", foot="Tous droits réservés. Mentions légales · Confidentialité · Contact", by="Par"),
 "de": dict(nav=["Startseite", "Energie", "Klima", "Wirtschaft", "Meinung"], cookie="Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>", related="Mehr zum Thema", foot="Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt", by="Von"),
 "es": dict(nav=["Portada", "Energía", "Clima", "Economía", "Opinión"], cookie="Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button> <button>Configurar</button>", related="Noticias relacionadas", foot="Todos los derechos reservados. Aviso legal · Privacidad · Contacto", by="Por"),
 "ja": dict(nav=["トップ", "エネルギー", "環境", "経済", "オピニオン"], cookie="当サイトではサービス向上のためクッキーを使用しています。<button>同意する</button> <button>設定</button>", related="関連記事", foot="無断転載を禁じます。利用規約・プライバシー・お問い合わせ", by=""),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    meta["paras"] = [p.strip() for p in body.strip().split("\n\n")]
    meta["related"] = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta

def render(m):
    e = html.escape
    ui = UI[m["lang"]]
    desc = m["paras"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "dateModified": m.get("modified", m["published"]),
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": m["url"], "inLanguage": m["lang"]}
    host = m["url"].split("/")[2]
    paras = "\n".join(f"      <p>{e(p)}</p>" if not p.startswith("## ") else f"      <h2>{e(p[3:])}</h2>" for p in m["paras"])
    nav = "".join(f'<li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "".join(f'<li><a href="https://{host}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(m["related"]))
    byline = f'{ui["by"]} {m["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} {m.get('sep', '-')} {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{ui['cookie']}</p></div>
  <header class="site-header"><a class="logo" href="https://{host}/">{e(m['outlet'])}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline">{e(byline)} · <time datetime="{m['published']}">{e(m['dateline'])}</time></p>
{paras}
    </article>
    <aside class="related"><h3>{ui['related']}</h3><ul>{rel}</ul></aside>
  </main>
  <footer><p>© {m['published'][:4]} {e(m['outlet'])}. {ui['foot']}</p></footer>
</body>
</html>
"""

if __name__ == "__main__":
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(parse(HERE / "specs" / f"{n}.txt")), encoding="utf-8")
        print("wrote", out / "source.html")
