#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: `key: value` header lines, a line `---`, then the article text,
one paragraph per block (blank line between). Keys: lang, outlet, url,
published (ISO 8601 with the outlet's UTC offset), shown (the time as the
page prints it), author, section, title, description, related (repeatable).
"""
import html, json, pathlib, sys

UI = {
    "en": dict(menu=["World", "Business", "Cities", "Infrastructure", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.",
               by="By"),
    "fr": dict(menu=["International", "Économie", "Régions", "Transports", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               related="À lire aussi", foot=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité"], rights="Tous droits réservés.",
               by="Par"),
    "de": dict(menu=["Politik", "Wirtschaft", "Region", "Verkehr", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Ihre Auswahl können Sie jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.",
               by="Von"),
    "es": dict(menu=["Internacional", "Economía", "Regiones", "Obras", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Noticias relacionadas", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.",
               by="Por"),
    "ja": dict(menu=["国際", "経済", "地域", "社会資本", "オピニオン"], sub="購読",
               cookie="当サイトはコンテンツの表示や利用状況の分析のためにクッキーを使用します。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="設定",
               related="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシー"], rights="無断転載を禁じます。",
               by=""),
}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {"related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "related":
            meta["related"].append(v)
        else:
            meta[k] = v
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta.get("lang") == "ja":
        paras = ["".join(p.split(" ")) if False else p.replace("\n", "") for p in paras]
    return meta, paras


def build(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    base = meta["url"].split("/", 3)[:3]
    host = "/".join(base)
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    rel = "\n".join(f'        <li><a href="{host}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    by = f'{ui["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="primary">
      <ul>
{menu}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <header>
        <p class="section">{e(meta['section'])}</p>
        <h1>{e(meta['title'])}</h1>
        <p class="byline">{e(by)} · <time datetime="{meta['published']}">{e(meta['shown'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="consent" class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button>{e(ui['accept'])}</button> <button>{e(ui['reject'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    root = pathlib.Path(__file__).resolve().parent
    names = sys.argv[1:] or [p.stem for p in sorted((root / "specs").glob("*.txt"))]
    for name in names:
        meta, paras = parse(root / "specs" / f"{name}.txt")
        out = root / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
