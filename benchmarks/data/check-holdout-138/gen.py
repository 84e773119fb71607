#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt (header lines, '---', paragraphs)."""
import html, json, pathlib, datetime, sys

HERE = pathlib.Path(__file__).parent
LOC = {
 "en": dict(nav=["World","Business","Travel","Food","Money","Opinion"], sub="Subscribe",
            cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
            accept="Accept all", rel="Related stories", foot=["About us","Contact","Terms of use","Privacy policy"], rights="All rights reserved."),
 "fr": dict(nav=["Monde","Économie","Voyage","Gastronomie","Consommation","Opinions"], sub="S'abonner",
            cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
            accept="Tout accepter", rel="À lire aussi", foot=["Qui sommes-nous","Contact","Conditions d'utilisation","Confidentialité"], rights="Tous droits réservés."),
 "de": dict(nav=["Politik","Wirtschaft","Reise","Genuss","Region","Meinung"], sub="Abonnieren",
            cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
            accept="Alle akzeptieren", rel="Mehr zum Thema", foot=["Impressum","Kontakt","Nutzungsbedingungen","Datenschutz"], rights="Alle Rechte vorbehalten."),
 "es": dict(nav=["Internacional","Economía","Viajes","Gastronomía","Sociedad","Opinión"], sub="Suscríbete",
            cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar su configuración en cualquier momento.",
            accept="Aceptar todo", rel="Noticias relacionadas", foot=["Quiénes somos","Contacto","Aviso legal","Privacidad"], rights="Todos los derechos reservados."),
 "ja": dict(nav=["国際","経済","観光","グルメ","暮らし","オピニオン"], sub="購読する",
            cookie="当サイトではコンテンツや広告の最適化とアクセス解析のためにCookieを使用しています。設定はいつでも変更できます。",
            accept="同意する", rel="関連記事", foot=["会社概要","お問い合わせ","利用規約","プライバシーポリシー"], rights="無断転載を禁じます。"),
}

def build(spec: pathlib.Path):
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    L = LOC[m["lang"]]
    e = html.escape
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": m["url"]}
    sep = " " + m.get("sep", "-").strip() + " "
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in L["nav"])
    rel = "\n".join(f'        <li><a href="/more/{i}/">{e(t.strip())}</a></li>' for i, t in enumerate(m["related"].split(" | ")))
    foot = "\n".join(f'      <li><a href="/p/{i}/">{e(t)}</a></li>' for i, t in enumerate(L["foot"]))
    ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = m["published"][:4]
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{e(sep)}{e(m['outlet'])}</title>
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
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(L['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1 class="headline">{e(m['title'])}</h1>
      <div class="meta"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['shown'])}</time></div>
{ps}
    </article>
    <aside class="related">
      <h2>{e(L['rel'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(L['cookie'])}</p>
    <button>{e(L['accept'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(m['outlet'])}. {e(L['rights'])}</p>
  </footer>
</body>
</html>
"""
    d = HERE / "cases" / spec.stem
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")
    words = sum(len(p.split()) for p in paras) if m["lang"] != "ja" else sum(len(p) for p in paras)
    print(f"{spec.stem}: {words} {'chars' if m['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    for s in sorted((HERE / "specs").glob("*.txt")):
        if len(sys.argv) == 1 or s.stem in sys.argv[1:]:
            build(s)
