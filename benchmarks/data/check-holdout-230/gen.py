#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html (news-like page).

Spec format: 'key: value' header lines, a line '---', then one paragraph per
line (blank lines ignored). Keys: outlet, domain, lang, path, published,
timelabel, author, section, title, description (optional).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": (["World", "Climate", "Business", "Science", "Regions", "Opinion"], "Subscribe",
           "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject non-essential", "Related", "Newsletter: the week in forests", "Podcast: life on the fire line",
           ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved.", "Share this story"),
    "fr": (["Monde", "Climat", "Économie", "Sciences", "Régions", "Opinions"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Tout refuser", "À lire aussi", "Lettre d'information : la forêt en questions", "Podcast : au cœur des feux",
           ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], "Tous droits réservés.", "Partager cet article"),
    "de": (["Welt", "Klima", "Wirtschaft", "Wissen", "Regionen", "Meinung"], "Abo",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", "Newsletter: Wald und Holz", "Podcast: Brandherde",
           ["Impressum", "Kontakt", "AGB", "Datenschutz"], "Alle Rechte vorbehalten.", "Artikel teilen"),
    "es": (["Mundo", "Clima", "Economía", "Ciencia", "Regiones", "Opinión"], "Suscríbete",
           "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
           "Aceptar todo", "Rechazar", "Relacionados", "Boletín: bosques y territorio", "Pódcast: la temporada de incendios",
           ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados.", "Compartir"),
    "ja": (["国際", "環境", "経済", "科学", "地域", "オピニオン"], "購読する",
           "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて許可", "必要なもののみ", "関連記事", "ニュースレター:森と木の話題", "ポッドキャスト:山火事の現場から",
           ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], "無断転載を禁じます。", "この記事を共有"),
}

def parse(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [l.strip() for l in body.splitlines() if l.strip()]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    nav, sub, cookie, acc, rej, rel, r1, r2, foot, rights, share = NAV[lang]
    url = "https://" + meta["domain"] + meta["path"]
    desc = meta.get("description") or paras[0][:150]
    sep = " | " if lang in ("fr", "es") else (" - " if lang == "en" else (" | " if lang == "de" else "|"))
    title = meta["title"] + sep + meta["outlet"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    navs = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    foots = "\n".join(f'      <li><a href="/info/{i}">{e(n)}</a></li>' for i, n in enumerate(foot))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
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
    <nav><ul>
{navs}
    </ul></nav>
    <a class="cta" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timelabel'])}</time></p>
{body}
    </article>
    <div class="share">{e(share)}: <a href="/share/mail">Mail</a> <a href="/share/link">Link</a></div>
    <aside class="related">
      <h2>{e(rel)}</h2>
      <ul>
        <li><a href="/more/1">{e(r1)}</a></li>
        <li><a href="/more/2">{e(r2)}</a></li>
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foots}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(rights)}</p>
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
        meta, paras = parse(spec.read_text(encoding="utf-8"))
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(name, meta["lang"], len(" ".join(paras).split()) if meta["lang"] != "ja" else len("".join(paras)))

if __name__ == "__main__":
    main(sys.argv[1:])
