#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a header of "key: value" lines (lang, outlet, url, published with
the outlet's UTC offset, title, author, section), a blank line, then the
article paragraphs separated by blank lines. digest.txt and expected.json are
written by hand and live directly in cases/<name>/.
"""
import datetime as dt
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Markets", "Mining", "Energy", "Opinion"], sub="Subscribe",
               cookie="We use cookies to improve your experience and to show you relevant advertising. You can change your choices at any time.",
               accept="Accept all", reject="Reject optional", more="Related stories", rights="All rights reserved.",
               related=["Week ahead: metals markets to watch", "Explainer: how a mine gets from discovery to production", "Newsletter: the day's resources headlines"],
               foot=["About us", "Contact", "Advertise", "Privacy", "Terms"], sep=" - "),
    "fr": dict(nav=["Actualités", "Économie", "Mines", "Énergie", "Société", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", more="À lire aussi", rights="Tous droits réservés.",
               related=["Les cours des métaux en hausse cette semaine", "Transition énergétique : la course aux matières premières", "Notre lettre d'information quotidienne"],
               foot=["Qui sommes-nous", "Contact", "Publicité", "Données personnelles", "Mentions légales"], sep=" | "),
    "de": dict(nav=["Nachrichten", "Wirtschaft", "Rohstoffe", "Energie", "Region", "Meinung"], sub="Abo",
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und Werbung anzuzeigen. Ihre Einstellungen können Sie jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", more="Mehr zum Thema", rights="Alle Rechte vorbehalten.",
               related=["Metallpreise: Was die Woche bringt", "Rohstoffstrategie: Europa sucht neue Quellen", "Newsletter: Rohstoffe am Morgen"],
               foot=["Impressum", "Kontakt", "Mediadaten", "Datenschutz", "AGB"], sep=" | "),
    "es": dict(nav=["Portada", "Economía", "Minería", "Energía", "Regiones", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad. Puede cambiar la configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", more="Noticias relacionadas", rights="Todos los derechos reservados.",
               related=["Precio del cobre: lo que viene esta semana", "Claves del nuevo régimen de regalías", "Boletín diario de minería"],
               foot=["Quiénes somos", "Contacto", "Publicidad", "Privacidad", "Términos"], sep=" | "),
    "ja": dict(nav=["ニュース", "経済", "資源", "エネルギー", "企業", "マーケット"], sub="購読する",
               cookie="当サイトでは、利便性の向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必要なもののみ", more="関連記事", rights="無断転載を禁じます。",
               related=["非鉄金属市況、今週の見通し", "解説：銅需要はどこまで伸びるか", "メールマガジン登録のご案内"],
               foot=["会社概要", "お問い合わせ", "広告掲載", "プライバシーポリシー", "利用規約"], sep=" - "),
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_time(meta):
    t = dt.datetime.fromisoformat(meta["published"])
    lang = meta["lang"]
    if lang == "ja":
        return f"{t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}"
    if lang == "fr":
        return t.strftime("%d/%m/%Y à %Hh%M")
    if lang == "de":
        return t.strftime("%d.%m.%Y, %H:%M Uhr")
    if lang == "es":
        return t.strftime("%d/%m/%Y %H:%M")
    return t.strftime("%B %d, %Y %H:%M") + " (UTC" + meta["published"][-6:] + ")"


def render(meta, paras):
    ui = UI[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": meta["url"],
          "articleSection": meta["section"], "inLanguage": meta["lang"]}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(ui["related"]))
    foot = "\n".join(f'      <li><a href="/page/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{ui['sep']}{e(meta['outlet'])}</title>
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
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="main-nav"><ul>
{nav}
    </ul></nav>
    <a class="cta" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="section">{e(meta['section'])}</span>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(shown_time(meta))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['more'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = read_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", out.relative_to(HERE) / "source.html")


if __name__ == "__main__":
    main()
