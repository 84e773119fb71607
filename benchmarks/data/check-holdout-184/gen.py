#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (a realistic news page)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Home World Business Technology Markets Opinion", "Subscribe", "Related", "We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject", "About us|Contact|Terms of use|Privacy policy", "All rights reserved."),
    "fr": ("Accueil International Économie Technologies Marchés Opinions", "S'abonner", "Sur le même sujet", "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.", "Tout accepter", "Refuser", "Qui sommes-nous|Contact|Mentions légales|Confidentialité", "Tous droits réservés."),
    "de": ("Startseite Politik Wirtschaft Technik Börse Meinung", "Abonnieren", "Mehr zum Thema", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen", "Impressum|Kontakt|AGB|Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Portada Internacional Economía Tecnología Mercados Opinión", "Suscríbete", "Relacionadas", "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.", "Aceptar todo", "Rechazar", "Quiénes somos|Contacto|Aviso legal|Privacidad", "Todos los derechos reservados."),
    "ja": ("トップ 国際 経済 テクノロジー マーケット 社説", "購読する", "関連記事", "当サイトはサービス向上のためにクッキーを使用しています。", "同意する", "拒否する", "会社概要|お問い合わせ|利用規約|プライバシー", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]; ui = UI[lang]
    outlet, title, url, pub = meta["outlet"], meta["title"], meta["url"], meta["published"]
    desc = paras[0][:150]
    related = meta.get("related", "").split(" | ") if meta.get("related") else []
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(w)}</a></li>' for i, w in enumerate(ui[0].split()))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(w)}</a></li>' for i, w in enumerate(ui[6].split("|")))
    sep = meta.get("sep", " - ")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="cta" href="/subscribe/">{e(ui[1])}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(pub)}">{e(meta['display'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui[2])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" role="dialog">
    <p>{e(ui[3])}</p>
    <button>{e(ui[4])}</button> <button>{e(ui[5])}</button>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(ui[7])}</p>
  </footer>
</body>
</html>
"""

def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n; out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{n}: {words} {'chars' if meta['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main()
