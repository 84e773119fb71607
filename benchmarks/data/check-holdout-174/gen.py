"""Render specs/<name>.txt into cases/<name>/source.html.

Spec: 'key: value' header lines (outlet, domain, path, lang, published,
shown, author, section, title, desc), a line '---', then one paragraph per
line of article text ('## ' starts a subheading)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
UI = {
 "en": dict(nav=["World", "Business", "Health", "Science", "Opinion"], sub="Subscribe",
            cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
            acc="Accept all", rej="Reject non-essential", rel="Related coverage", about="About us", terms="Terms of use", priv="Privacy policy", rights="All rights reserved.", share="Share this article"),
 "fr": dict(nav=["International", "Économie", "Santé", "Sciences", "Opinions"], sub="S'abonner",
            cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
            acc="Tout accepter", rej="Continuer sans accepter", rel="À lire aussi", about="Qui sommes-nous", terms="Conditions d'utilisation", priv="Politique de confidentialité", rights="Tous droits réservés.", share="Partager cet article"),
 "de": dict(nav=["Politik", "Wirtschaft", "Gesundheit", "Wissen", "Meinung"], sub="Abonnieren",
            cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
            acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema", about="Über uns", terms="AGB", priv="Datenschutz", rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
 "es": dict(nav=["Internacional", "Economía", "Salud", "Ciencia", "Opinión"], sub="Suscríbete",
            cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
            acc="Aceptar todo", rej="Rechazar", rel="Te puede interesar", about="Quiénes somos", terms="Aviso legal", priv="Política de privacidad", rights="Todos los derechos reservados.", share="Compartir"),
 "ja": dict(nav=["国際", "経済", "医療・健康", "科学", "オピニオン"], sub="有料会員登録",
            cookie="当サイトでは、利便性向上と広告配信のためにCookieを使用しています。設定はいつでも変更できます。",
            acc="すべて同意", rej="必須のみ", rel="関連記事", about="会社概要", terms="利用規約", priv="プライバシーポリシー", rights="無断転載を禁じます。", share="この記事をシェア"),
}

def render(name):
    text = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    ui = UI[m["lang"]]
    url = f"https://{m['domain']}{m['path']}"
    e = lambda s: html.escape(s, quote=True)
    paras = []
    for line in body.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            paras.append(f"      <h2>{e(line[3:])}</h2>")
        else:
            paras.append(f"      <p>{e(line)}</p>")
    desc = m.get("desc") or body.strip().splitlines()[0][:180]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = [r for k, r in m.items() if k.startswith("related")]
    rel_html = "\n".join(f'        <li><a href="/more/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    year = m["published"][:4]
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} | {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(m['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(m['section'])}</span>
      <h1 class="headline">{e(m['title'])}</h1>
      <div class="meta"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['shown'])}</time></div>
{chr(10).join(paras)}
    </article>
    <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(ui['rel'])}</h3>
      <ol>
{rel_html}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['acc'])}</button> <button class="reject">{e(ui['rej'])}</button>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(ui['about'])}</a></li>
      <li><a href="/terms/">{e(ui['terms'])}</a></li>
      <li><a href="/privacy/">{e(ui['priv'])}</a></li>
    </ul>
    <p>&copy; {year} {e(m['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""
    d = HERE / "cases" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        render(n)
        print("wrote", n)
