#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (fictional news pages)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {
    "en": (["Local", "Politics", "Business", "Opinion", "Weather", "Sport"], "Subscribe",
           "We use cookies to improve your experience, personalise content and analyse traffic. You can change your choices at any time.",
           "Accept all", "Reject non-essential", "Related stories", ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved.", "Share this story"),
    "fr": (["Local", "Politique", "Économie", "Opinions", "Météo", "Sports"], "S'abonner",
           "Nous utilisons des cookies pour améliorer votre expérience, personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "À lire aussi", ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], "Tous droits réservés.", "Partager cet article"),
    "de": (["Lokales", "Politik", "Wirtschaft", "Meinung", "Wetter", "Sport"], "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", ["Über uns", "Kontakt", "AGB", "Datenschutz"], "Alle Rechte vorbehalten.", "Artikel teilen"),
    "es": (["Local", "Política", "Economía", "Opinión", "Tiempo", "Deportes"], "Suscríbete",
           "Utilizamos cookies para mejorar tu experiencia, personalizar contenidos y analizar el tráfico. Puedes cambiar tus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", "Noticias relacionadas", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados.", "Comparte esta noticia"),
    "ja": (["地域", "政治", "経済", "オピニオン", "天気", "スポーツ"], "購読する",
           "当サイトはサービス向上と利用状況の分析のためにクッキーを使用します。設定はいつでも変更できます。",
           "すべて許可", "拒否する", "関連記事", ["会社概要", "お問い合わせ", "利用規約", "プライバシー"], "無断転載を禁じます。", "この記事を共有"),
}

def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    nav, sub, cookie, acc, rej, rel_h, foot, rights, share = NAV[lang]
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           '  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(title)} {meta.get("sep", "-")} {e(outlet)}</title>',
           f'  <meta name="description" content="{e(desc)}">',
           f'  <link rel="canonical" href="{e(url)}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(outlet)}">',
           f'  <meta property="og:title" content="{e(title)}">',
           f'  <meta property="og:description" content="{e(desc)}">',
           f'  <meta property="og:url" content="{e(url)}">',
           f'  <meta property="article:published_time" content="{pub}">',
           f'  <meta property="article:section" content="{e(meta["section"])}">',
           f'  <meta name="author" content="{e(meta["author"])}">',
           '  <link rel="stylesheet" href="/assets/css/main.css">',
           '  <script src="/assets/js/consent.js" defer></script>',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body class="article">\n  <header class="masthead">',
           f'    <a class="logo" href="/">{e(outlet)}</a>\n    <nav><ul>']
    out += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)]
    out += ['    </ul></nav>', f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>', '  </header>',
            '  <main>\n    <article>',
            f'      <p class="kicker">{e(meta["section"])}</p>',
            f'      <h1>{e(title)}</h1>',
            f'      <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{pub}">{e(meta["display"])}</time></p>',
            '      <div class="article-body">']
    out += [f'        <p>{e(p)}</p>' for p in paras]
    out += ['      </div>', f'      <div class="share">{e(share)}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>',
            '    </article>', f'    <aside class="related">\n      <h2>{e(rel_h)}</h2>\n      <ul>']
    out += [f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related)]
    out += ['      </ul>\n    </aside>\n  </main>',
            f'  <div id="cookie-consent" role="dialog">\n    <p>{e(cookie)}</p>\n    <button>{e(acc)}</button> <button>{e(rej)}</button>\n  </div>',
            '  <footer>\n    <ul>']
    out += [f'      <li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(foot)]
    out += ['    </ul>', f'    <p>&copy; {pub[:4]} {e(outlet)}. {e(rights)}</p>', '  </footer>\n</body>\n</html>\n']
    return "\n".join(out)

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main(sys.argv[1:])
