#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (news-like page around an <article>)."""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
UI = {
 "en": dict(nav=["World","Business","Tech","Games","Esports","Opinion"], cookie="We use cookies to improve your experience and to measure our audience.", accept="Accept all", reject="Reject", related="Related stories", sub="Subscribe", foot="All rights reserved.", priv="Privacy policy", terms="Terms of use"),
 "fr": dict(nav=["International","Économie","Tech","Jeux vidéo","Esport","Opinions"], cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer notre audience.", accept="Tout accepter", reject="Refuser", related="À lire aussi", sub="S'abonner", foot="Tous droits réservés.", priv="Confidentialité", terms="Conditions d'utilisation"),
 "de": dict(nav=["Politik","Wirtschaft","Digital","Spiele","E-Sport","Meinung"], cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.", accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema", sub="Abonnieren", foot="Alle Rechte vorbehalten.", priv="Datenschutz", terms="Impressum"),
 "es": dict(nav=["Internacional","Economía","Tecnología","Videojuegos","Esports","Opinión"], cookie="Utilizamos cookies para mejorar su experiencia y medir la audiencia.", accept="Aceptar todas", reject="Rechazar", related="Noticias relacionadas", sub="Suscríbete", foot="Todos los derechos reservados.", priv="Privacidad", terms="Aviso legal"),
 "ja": dict(nav=["国際","経済","テック","ゲーム","eスポーツ","オピニオン"], cookie="当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。", accept="同意する", reject="拒否する", related="関連記事", sub="購読する", foot="無断転載を禁じます。", priv="プライバシーポリシー", terms="利用規約"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras

def build(name):
    m, paras = parse(HERE / "specs" / f"{name}.txt")
    ui = UI[m["lang"]]
    e = html.escape
    pub = m["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": pub, "dateModified": pub, "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": m["url"]}
    desc = paras[0][:150]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'      <li><a href="/related/{i}/">{e(t)}</a></li>' for i, t in enumerate(m["related"].split(" | ")))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{e(m['suffix'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(m['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <div id="cookie-banner" class="consent">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> · <time datetime="{pub}">{e(m['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© {pub[:4]} {e(m['outlet'])}. {e(ui['foot'])}</p>
    <a href="/privacy/">{e(ui['priv'])}</a> · <a href="/terms/">{e(ui['terms'])}</a>
  </footer>
</body>
</html>
"""
    d = HERE / "cases" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")
    words = sum(len(p.split()) for p in paras) if m["lang"] != "ja" else sum(len(p) for p in paras)
    print(f"{name}: {words} {'chars' if m['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        build(n)
