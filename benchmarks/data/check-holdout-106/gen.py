#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is `key: value` header lines, a line `---`, then the article text,
one paragraph per block (blank line between). A paragraph starting with
`## ` becomes a subheading inside the article.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Science", "Space", "Health", "Environment", "Technology"],
               sub="Subscribe", share="Share this story", related="Related stories",
               cookie="We use cookies and similar technologies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["Monde", "Sciences", "Espace", "Santé", "Environnement", "Technologies"],
               sub="S'abonner", share="Partager cet article", related="À lire aussi",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment dans les paramètres de confidentialité.",
               accept="Tout accepter", reject="Tout refuser", manage="Personnaliser",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wissen", "Raumfahrt", "Gesundheit", "Umwelt", "Technik"],
               sub="Abonnieren", share="Artikel teilen", related="Mehr zum Thema",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Ciencia", "Espacio", "Salud", "Medio ambiente", "Tecnología"],
               sub="Suscríbete", share="Compartir", related="Te puede interesar",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puedes cambiar tu elección en cualquier momento en la configuración de privacidad.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(nav=["国際", "科学", "宇宙", "医療", "環境", "テクノロジー"],
               sub="購読する", share="この記事を共有", related="関連記事",
               cookie="当サイトでは、コンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はプライバシー設定からいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", manage="詳細設定",
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    ui = UI[lang]
    outlet, title = meta["outlet"], meta["title"]
    url = "https://" + meta["site"] + meta["path"]
    first = [p for p in paras if not p.startswith("## ")][0]
    desc = meta.get("description") or (first[:150] + ("…" if len(first) > 150 else ""))
    pub = meta["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": meta.get("modified", pub),
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    nav = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}/">{e(n)}</a></li>' for n in ui["nav"])
    foot = "\n".join(f'      <li><a href="/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    sep = " " + meta.get("title_sep", "-") + " "
    year = pub[:4]
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
  <meta property="og:locale" content="{e(meta.get('locale', lang))}">
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
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="page">
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(pub)}">{e(meta['display'])}</time></p>
{chr(10).join(body)}
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Mail</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for spec in specs:
        name = spec.stem
        if names and name not in names:
            continue
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras if not p.startswith("## "))
        if meta["lang"] == "ja":
            words = sum(len(p) for p in paras) // 2  # rough: 2 chars ~ 1 word
        print(f"{name}: {words} words")


if __name__ == "__main__":
    main(sys.argv[1:])
