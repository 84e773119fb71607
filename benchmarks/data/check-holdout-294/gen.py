#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header of `key: value` lines (lang, outlet, url, published with
UTC offset, title, author, section, timefmt), a line `---`, then paragraphs
separated by blank lines. digest.txt and expected.json are written by hand
in cases/<name>/ and are not touched here.
"""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(menu=["World", "Business", "Media", "Tech", "Culture", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to measure our audience. You can change your choices at any time.",
               acc="Accept all", rej="Reject non-essential", related="Related stories",
               foot=["About us", "Contact", "Terms", "Privacy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Médias", "Culture", "Sport", "Idées"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus et les publicités. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Continuer sans accepter", related="Sur le même sujet",
               foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Medien", "Kultur", "Digital", "Meinung"], sub="Abo",
               cookie="Wir verwenden Cookies, um Inhalte und Werbung zu personalisieren und die Reichweite zu messen. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", related="Mehr zum Thema",
               foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Medios", "Cultura", "Tecnología", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para analizar el tráfico y personalizar contenidos y anuncios. Puede cambiar su configuración en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", related="Noticias relacionadas",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国内", "国際", "経済", "メディア", "IT", "文化"], sub="会員登録",
               cookie="当サイトでは、利便性の向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
               acc="同意する", rej="必要なもののみ", related="関連記事",
               foot=["会社概要", "お問い合わせ", "利用規約", "個人情報保護方針"], rights="無断転載を禁じます。"),
}

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def show_time(lang, dt):
    if lang == "en":
        return dt.strftime("%a %d %b %Y %H.%M")
    if lang == "fr":
        return f"Publié le {dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour:02d}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year} - {dt.hour:02d}:{dt.minute:02d}"
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = lambda s: html.escape(s, quote=True)
    dt = datetime.datetime.fromisoformat(meta["published"])
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    sep = " | " if meta.get("sep") == "|" else " - "
    menu = "\n".join(f'        <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = meta.get("related", "").split("|") if meta.get("related") else []
    rel_html = "\n".join(f'        <li><a href="/r/{i}">{e(r.strip())}</a></li>' for i, r in enumerate(rel))
    foot = "\n".join(f'      <li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="main-nav">
      <ul>
{menu}
      </ul>
    </nav>
    <a class="btn-subscribe" href="/subscribe">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{e(meta['published'])}">{e(show_time(lang, dt))} {e(meta.get('tz', ''))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button>{e(ui['acc'])}</button> <button>{e(ui['rej'])}</button>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {dt.year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(meta, paras), encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "pages")


if __name__ == "__main__":
    main()
