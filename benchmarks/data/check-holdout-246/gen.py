#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', blank line, paragraphs)."""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Music", "Live", "Business", "Culture", "Opinion"],
       "fr": ["Monde", "Musique", "Scènes", "Économie", "Culture", "Débats"],
       "de": ["Welt", "Musik", "Live", "Wirtschaft", "Kultur", "Meinung"],
       "es": ["Mundo", "Música", "En vivo", "Economía", "Cultura", "Opinión"],
       "ja": ["国際", "音楽", "ライブ", "経済", "カルチャー", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Usamos cookies para personalizar contenidos y analizar el tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "すべて許可", "拒否")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {"en": ["About us", "Contact", "Terms", "Privacy"], "fr": ["Qui sommes-nous", "Contact", "CGU", "Confidentialité"],
        "de": ["Über uns", "Kontakt", "AGB", "Datenschutz"], "es": ["Quiénes somos", "Contacto", "Términos", "Privacidad"],
        "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシー"]}

def build(name):
    text = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    m = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    lang, site, title = m["lang"], m["site"], m["title"]
    url = f"https://{m['domain']}{m['path']}"
    pub = m["published"]
    dt = datetime.fromisoformat(pub)
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub,
          "author": {"@type": "Person", "name": m["author"]}, "publisher": {"@type": "Organization", "name": site},
          "mainEntityOfPage": url, "inLanguage": lang}
    rel = [r.strip() for r in m.get("related", "").split("|") if r.strip()]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           f'  <title>{e(title)} {m.get("sep", "-")} {e(site)}</title>',
           f'  <meta name="description" content="{e(paras[0][:150])}">',
           f'  <link rel="canonical" href="{e(url)}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(site)}">',
           f'  <meta property="og:title" content="{e(title)}">',
           f'  <meta property="og:url" content="{e(url)}">',
           f'  <meta property="article:published_time" content="{pub}">',
           f'  <meta property="article:section" content="{e(m["section"])}">',
           f'  <meta name="author" content="{e(m["author"])}">',
           '  <link rel="stylesheet" href="/assets/main.css">',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body>',
           f'  <header class="masthead"><a class="logo" href="/">{e(site)}</a>\n    <nav><ul>' +
           "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang])) + '</ul></nav>\n  </header>',
           '  <main>\n  <article>',
           f'    <p class="kicker">{e(m["section"])}</p>',
           f'    <h1>{e(title)}</h1>',
           f'    <p class="byline"><span class="author">{e(m["author"])}</span> <time datetime="{pub}">{e(m["timeline"])}</time></p>']
    for p in paras:
        out.append(f"    <p>{e(p)}</p>")
    out.append('  </article>')
    out.append(f'  <aside class="related"><h2>{RELATED[lang]}</h2><ul>' +
               "".join(f'<li><a href="/r/{i}">{e(r)}</a></li>' for i, r in enumerate(rel)) + '</ul></aside>\n  </main>')
    c = COOKIE[lang]
    out.append(f'  <div id="cookie-consent" role="dialog"><p>{e(c[0])}</p><button>{e(c[1])}</button> <button>{e(c[2])}</button></div>')
    out.append('  <footer><ul>' + "".join(f'<li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(FOOT[lang])) +
               f'</ul><p>&copy; {dt.year} {e(site)}</p></footer>\n</body>\n</html>\n')
    d = HERE / "cases" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text("\n".join(out), encoding="utf-8")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        build(n)
    print(f"built {len(names)}")
