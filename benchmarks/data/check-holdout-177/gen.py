#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec: header lines "key: value" (lang, outlet, url, published, timestr,
author, section, title, desc), a line "---", then paragraphs separated by
blank lines (a paragraph starting "## " is a subheading).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(menu=["World", "Business", "Sport", "Football", "Money", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", rel=["Newsletter: the business of sport, every Friday", "Podcast: the week in sport and money", "Explained: how club finances really work"],
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this story"),
    "fr": dict(menu=["Monde", "Économie", "Sport", "Football", "Argent", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               related="À lire aussi", rel=["Lettre d'information : l'économie du sport chaque vendredi", "Podcast : la semaine sportive", "Décryptage : comment se financent les clubs"],
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés.", share="Partager cet article"),
    "de": dict(menu=["Welt", "Wirtschaft", "Sport", "Fußball", "Geld", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", rel=["Newsletter: Sportbusiness jeden Freitag", "Podcast: Die Sportwoche", "Erklärt: So finanzieren sich Vereine"],
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Artikel teilen"),
    "es": dict(menu=["Mundo", "Economía", "Deportes", "Fútbol", "Dinero", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies y tecnologías similares para personalizar el contenido y los anuncios y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Te puede interesar", rel=["Boletín: el negocio del deporte cada viernes", "Pódcast: la semana deportiva", "Claves: así se financian los clubes"],
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(menu=["国際", "経済", "スポーツ", "サッカー", "マネー", "オピニオン"], sub="会員登録",
               cookie="当サイトでは、コンテンツや広告の表示、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="詳細設定",
               related="関連記事", rel=["ニュースレター:毎週金曜にスポーツビジネスの話題", "ポッドキャスト:今週のスポーツとお金", "解説:クラブ経営の仕組み"],
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="この記事をシェア"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    desc = meta.get("desc") or paras[0][:150]
    base = url.split("/", 3)
    site = base[0] + "//" + base[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"], "articleSection": meta["section"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet, "url": site + "/"},
          "mainEntityOfPage": url, "description": desc}
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    menu = "\n".join(f'        <li><a href="/{e(m.lower())}/">{e(m)}</a></li>' for m in ui["menu"])
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(ui["rel"]))
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {e(meta.get('sep', '-'))} {e(outlet)}</title>
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
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul class="nav">
{menu}
    </ul></nav>
    <a class="cta" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1>{e(title)}</h1>
      <p class="standfirst">{e(desc)}</p>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
      <figure><img src="/img/lead.jpg" alt=""><figcaption>{e(meta.get('caption', 'Photo: agency'))}</figcaption></figure>
{chr(10).join(body)}
      <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>
    </article>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button> <a href="/privacy/">{e(ui['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        name = sp.stem
        if names and name not in names:
            continue
        meta, paras = parse(sp)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{name}: {words} {'chars' if meta['lang'] == 'ja' else 'words'}")


if __name__ == "__main__":
    main(sys.argv[1:])
