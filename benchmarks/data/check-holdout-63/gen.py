"""Build source.html pages for check-holdout-63 from the hand-written specs.

Each specs/<src>.json holds one fictional article. CASES maps a case name to
the spec whose page it uses (clean/err pairs share one source page).
Run: python gen.py   (writes cases/<case>/source.html)
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent

CASES = {
    "clean-harrow-freight-q3": "harrow-freight", "err-harrow-freight-q3": "harrow-freight",
    "clean-tidewater-lng": "tidewater-lng", "err-tidewater-lng": "tidewater-lng",
    "clean-pellam-chips-fy": "pellam-chips", "err-pellam-chips-fy": "pellam-chips",
    "clean-corvane-grain-exports": "corvane-grain", "err-corvane-grain-exports": "corvane-grain",
    "clean-ostry-bourse-close": "ostry-bourse", "err-ostry-bourse-close": "ostry-bourse",
    "clean-marlow-retail-guidance": "marlow-retail", "err-marlow-retail-guidance": "marlow-retail",
    "clean-kestrel-airline-traffic": "kestrel-airline",
    
    "clean-vaudrey-luxe-ventes": "vaudrey-luxe", "err-vaudrey-luxe-ventes": "vaudrey-luxe",
    "err-cantal-eolien": "cantal-eolien",
    "clean-rheinfeld-chemie": "rheinfeld-chemie", "err-rheinfeld-chemie": "rheinfeld-chemie",
    "clean-norderwerk-strom": "norderwerk-strom",
    "clean-altamira-cobre": "altamira-cobre", "err-altamira-cobre": "altamira-cobre",
    "err-serrania-cafe": "serrania-cafe",
    "clean-minato-denki": "minato-denki", "err-minato-denki": "minato-denki",
}

NAV = ["World", "Business", "Markets", "Energy", "Tech", "Opinion"]
COOKIE = {
    "en": ("We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.", "Accept all", "Reject non-essential", "Manage preferences"),
    "fr": ("Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Tout refuser", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Nur notwendige", "Einstellungen"),
    "es": ("Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.", "Aceptar todo", "Rechazar", "Configurar"),
    "pt": ("Usamos cookies para personalizar conteúdos e analisar o tráfego. Pode alterar as suas escolhas a qualquer momento.", "Aceitar tudo", "Recusar", "Gerir preferências"),
    "ja": ("当サイトはコンテンツの最適化と利用状況の分析のためにクッキーを使用します。設定はいつでも変更できます。", "すべて許可", "必須のみ", "設定"),
}


def page(s):
    e = lambda t: html.escape(t, quote=True)
    url = s["url"]
    desc = s["paras"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": s["title"], "datePublished": s["published"],
                     "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    ck = COOKIE[s["lang"]]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in s["paras"])
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <nav class="top-bar">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <ul class="menu">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">Subscribe</a>
  </nav>
  <main class="layout">
    <article>
      <header class="story-header">
        <span class="kicker">{e(s['section'])}</span>
        <h1 class="headline">{e(s['title'])}</h1>
        <div class="meta"><span class="author">{e(s['author'])}</span> <time datetime="{s['published']}">{e(s['dateline'])}</time></div>
      </header>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="sidebar">
      <h3>Most read</h3>
      <ol>
        <li><a href="/more/0">Newsletter: the day's main stories</a></li>
        <li><a href="/more/1">Podcast: markets this week</a></li>
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button> <a href="/privacy/">{e(ck[3])}</a>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">About</a></li>
      <li><a href="/contact/">Contact</a></li>
      <li><a href="/terms/">Terms</a></li>
      <li><a href="/privacy/">Privacy</a></li>
    </ul>
    <p>&copy; {s['published'][:4]} {e(s['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for case, src in CASES.items():
        spec_path = HERE / "specs" / f"{src}.json"
        if not spec_path.exists():
            continue
        s = json.loads(spec_path.read_text(encoding="utf-8"))
        d = HERE / "cases" / case
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(s), encoding="utf-8")
        print(case, len("".join(s["paras"])) + len(s["paras"]) - 1)


if __name__ == "__main__":
    main()
