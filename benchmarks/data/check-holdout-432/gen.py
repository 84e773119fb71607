#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines. Header keys: lang, outlet, url, published
(ISO 8601 with UTC offset), title, author, section, byline_time (as the page
shows it), sep (" - " or " | ").
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Technology", "Media", "Opinion", "Video"],
    "fr": ["International", "Économie", "Tech", "Médias", "Idées", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Digital", "Medien", "Meinung", "Video"],
    "es": ["Internacional", "Economía", "Tecnología", "Medios", "Opinión", "Vídeo"],
    "ja": ["国際", "経済", "テクノロジー", "メディア", "オピニオン", "動画"],
}
COOKIE = {
    "en": ("We use cookies to measure audiences and personalise content.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Reichweite zu messen und Inhalte anzupassen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para medir la audiencia y personalizar el contenido.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトはアクセス解析とコンテンツの最適化のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ("More from {o}", ["Advertisers rethink budgets for short video", "Regulators weigh new rules for recommendation feeds", "Inside the moderation centres that never sleep"]),
    "fr": ("À lire aussi", ["Les annonceurs misent sur la vidéo courte", "Modération : les coulisses d'un métier sous pression", "Réseaux sociaux : ce que change le nouveau règlement"]),
    "de": ("Mehr zum Thema", ["Werbekunden setzen auf Kurzvideos", "Wie Moderationsteams arbeiten", "Was die neuen Plattformregeln bedeuten"]),
    "es": ("Más noticias", ["Los anunciantes apuestan por el vídeo corto", "Así trabajan los moderadores de contenido", "Qué cambia con las nuevas normas digitales"]),
    "ja": ("関連記事", ["短尺動画に広告費シフト", "モデレーション現場の実情", "プラットフォーム規制の行方"]),
}
FOOTER = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = Path(path).read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = html.escape
    lang = meta["lang"]
    outlet = meta["outlet"]
    title = meta["title"]
    url = meta["url"]
    pub = meta["published"]
    author = meta["author"]
    section = meta.get("section", "Tech")
    sep = meta.get("sep", " - ").replace("_", " ")
    variant = sum(map(ord, name)) % 3
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    home = url.split("/", 3)[:3]
    home = "/".join(home) + "/"
    nav = "\n".join(f'        <li><a href="/{e(x.lower())}/">{e(x)}</a></li>' for x in NAV[lang])
    ck = COOKIE[lang]
    rel_head, rel = RELATED[lang]
    rel_items = "\n".join(f'        <li><a href="{home}related/{i+1}">{e(t)}</a></li>' for i, t in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
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
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    byline = f'<span class="byline">{e(author)}</span> <time datetime="{e(pub)}">{e(meta["byline_time"])}</time>'
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>
"""
    if variant == 0:
        page = f"""<body class="article">
{cookie}  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(section)}</p>
      <h1>{e(title)}</h1>
      <p class="meta">{byline}</p>
{body}
    </article>
    <aside class="related">
      <h2>{e(rel_head.format(o=outlet))}</h2>
      <ul>
{rel_items}
      </ul>
    </aside>
  </main>
  <footer><p>&copy; {pub[:4]} {e(outlet)}. {e(FOOTER[lang])}</p></footer>
</body>
</html>
"""
    elif variant == 1:
        page = f"""<body>
  <div id="top">
    <div class="brand">{e(outlet)}</div>
    <ul class="menu">
{nav}
    </ul>
  </div>
  <div class="wrap">
    <article class="story">
      <header>
        <h1 class="headline">{e(title)}</h1>
        <div class="dateline">{byline}</div>
      </header>
      <div class="story-body">
{body}
      </div>
    </article>
    <section class="more">
      <h3>{e(rel_head.format(o=outlet))}</h3>
      <ul>
{rel_items}
      </ul>
    </section>
  </div>
{cookie}  <div class="site-footer">{e(outlet)} &middot; {e(FOOTER[lang])} &middot; <a href="/privacy">Privacy</a></div>
</body>
</html>
"""
    else:
        page = f"""<body class="page-story">
  <nav class="primary">
    <a href="/" class="home">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
    <a class="cta" href="/newsletter">Newsletter</a>
  </nav>
{cookie}  <div class="columns">
    <aside class="left-rail">
      <h4>{e(rel_head.format(o=outlet))}</h4>
      <ol>
{rel_items}
      </ol>
    </aside>
    <article>
      <span class="section">{e(section)}</span>
      <h1>{e(title)}</h1>
      <div class="byline-row">{byline}</div>
{body}
      <p class="tags">#{e(section)}</p>
    </article>
  </div>
  <footer class="bottom">
    <p>{e(outlet)} {pub[:4]}. {e(FOOTER[lang])}</p>
  </footer>
</body>
</html>
"""
    return head + page


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
