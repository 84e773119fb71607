#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec: 'key: value' header lines, a line '---', then one paragraph per line
(a line starting with '## ' becomes a sub-heading).
Keys: lang, outlet, url, published, display, author, section, title, sep, desc.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Energy", "Climate", "Markets", "Opinion"],
       "fr": ["Monde", "Économie", "Énergie", "Climat", "Marchés", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Energie", "Klima", "Märkte", "Meinung"],
       "es": ["Mundo", "Economía", "Energía", "Clima", "Mercados", "Opinión"],
       "ja": ["国際", "経済", "エネルギー", "環境", "市場", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.", "Tout accepter", "Continuer sans accepter"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.", "Aceptar todas", "Rechazar"),
          "ja": ("当サイトはサービス向上のためにクッキーを使用しています。", "同意する", "拒否する")}
RELATED = {"en": ["Newsletter: the day's energy stories in your inbox", "Podcast: the week in power markets"],
           "fr": ["Newsletter : l'essentiel de l'énergie chaque matin", "Podcast : la semaine des marchés"],
           "de": ["Newsletter: Energie-Briefing am Morgen", "Podcast: Die Woche an den Strommärkten"],
           "es": ["Boletín: la energía de cada día en su correo", "Pódcast: la semana en los mercados"],
           "ja": ["メールマガジン:毎朝のエネルギーニュース", "ポッドキャスト:今週の電力市場"]}
FOOT = {"en": ["About us", "Contact", "Terms of use", "Privacy policy"],
        "fr": ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"],
        "de": ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"],
        "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
        "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"]}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    sep = " " + meta.get("sep", "-") + " "
    title = meta["title"]
    desc = meta.get("desc") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/more/{i}">{e(n)}</a></li>' for i, n in enumerate(RELATED[lang]))
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(n)}</a></li>' for i, n in enumerate(FOOT[lang]))
    ck = COOKIE[lang]
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', 'Energy'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta.get('section', 'Energy'))}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['display'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <aside class="sidebar">
      <h3>{'関連記事' if lang == 'ja' else 'Related'}</h3>
      <ol>
{rel}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main()
