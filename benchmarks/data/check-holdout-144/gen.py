#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: 'key: value' header lines, a line '---', then the article
paragraphs separated by blank lines.  Keys: lang, outlet, url, published
(ISO 8601 with the outlet's UTC offset), timelabel, author, section, title,
related (' | '-separated headlines).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

L10N = {
    "en": dict(nav=["World", "Business", "Film", "Music", "Stage", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"],
               rights="All rights reserved.", share="Share this story"),
    "fr": dict(nav=["International", "Économie", "Cinéma", "Musique", "Scènes", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               related="À lire aussi", foot=["Qui sommes-nous", "Contact", "Conditions générales", "Confidentialité"],
               rights="Tous droits réservés.", share="Partager cet article"),
    "de": dict(nav=["Politik", "Wirtschaft", "Kino", "Musik", "Bühne", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"],
               rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(nav=["Mundo", "Economía", "Cine", "Música", "Escena", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico. Puedes cambiar tu elección en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Te puede interesar", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
               rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国際", "経済", "映画", "音楽", "舞台", "オピニオン"], sub="会員登録",
               cookie="当サイトではサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="同意する", reject="必要なもののみ", manage="設定",
               related="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"],
               rights="無断転載を禁じます。", share="この記事をシェア"),
}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    t = L10N[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": meta["lang"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(t["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r.strip())}</a></li>'
                    for i, r in enumerate(meta.get("related", "").split("|")) if r.strip())
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(f)}</a></li>' for i, f in enumerate(t["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
    <a class="cta" href="/subscribe/">{e(t['sub'])}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> · <time datetime="{meta['published']}">{e(meta['timelabel'])}</time></p>
{body}
    </article>
    <div class="share">{e(t['share'])}: <a href="/share/mail">Mail</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h2>{e(t['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" class="consent" role="dialog">
    <p>{e(t['cookie'])}</p>
    <button>{e(t['accept'])}</button> <button>{e(t['reject'])}</button> <a href="/privacy/">{e(t['manage'])}</a>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(t['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        meta, paras = parse(s)
        out = HERE / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
