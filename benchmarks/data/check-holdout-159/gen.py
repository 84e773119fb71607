#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (header lines 'key: value', '---', paragraphs)."""
import html, json, pathlib, sys

UI = {
 "en": dict(nav=["World","Business","Culture","Museums","Heritage","Opinion"], sub="Subscribe",
            cookie="We use cookies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
            acc="Accept all", rej="Reject non-essential", rel="Related stories", foot=["About us","Contact","Terms of use","Privacy policy"], rights="All rights reserved.", share="Share this story"),
 "fr": dict(nav=["Monde","Économie","Culture","Musées","Patrimoine","Idées"], sub="S'abonner",
            cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
            acc="Tout accepter", rej="Tout refuser", rel="À lire aussi", foot=["Qui sommes-nous","Contact","Conditions d'utilisation","Confidentialité"], rights="Tous droits réservés.", share="Partager"),
 "de": dict(nav=["Politik","Wirtschaft","Kultur","Museen","Denkmal","Meinung"], sub="Abo",
            cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
            acc="Alle akzeptieren", rej="Nur notwendige", rel="Mehr zum Thema", foot=["Impressum","Kontakt","Nutzungsbedingungen","Datenschutz"], rights="Alle Rechte vorbehalten.", share="Teilen"),
 "es": dict(nav=["Internacional","Economía","Cultura","Museos","Patrimonio","Opinión"], sub="Suscríbete",
            cookie="Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
            acc="Aceptar todo", rej="Rechazar", rel="Noticias relacionadas", foot=["Quiénes somos","Contacto","Aviso legal","Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
 "ja": dict(nav=["国際","経済","文化","博物館","文化財","オピニオン"], sub="購読する",
            cookie="当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
            acc="すべて許可", rej="必須のみ", rel="関連記事", foot=["会社概要","お問い合わせ","利用規約","プライバシーポリシー"], rights="無断転載を禁じます。", share="シェア"),
}

def build(spec):
    head, body = spec.split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    ui = UI[m["lang"]]; e = html.escape
    url = "https://" + m["domain"] + m["path"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "dateModified": m["published"], "inLanguage": m["lang"],
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url}
    rel = [r.strip() for r in m.get("related", "").split("|") if r.strip()]
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} {m.get('sep','-')} {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="https://{m['domain']}/img/lead.jpg">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>{''.join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui['nav']))}</ul></nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['display'])}</time></p>
      <figure><img src="/img/lead.jpg" alt=""><figcaption>{e(m.get('caption',''))}</figcaption></figure>
      <div class="article-body">
{chr(10).join('        <p>' + e(p, quote=False) + '</p>' for p in paras)}
      </div>
      <div class="share">{e(ui['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    </article>
    <aside class="related">
      <h2>{e(ui['rel'])}</h2>
      <ul>{''.join(f'<li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))}</ul>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button>{e(ui['acc'])}</button> <button>{e(ui['rej'])}</button>
  </div>
  <footer>
    <ul>{''.join(f'<li><a href="/f/{i}">{e(n)}</a></li>' for i, n in enumerate(ui['foot']))}</ul>
    <p>&copy; 2026 {e(m['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""
    return out

root = pathlib.Path(__file__).parent
names = sys.argv[1:] or [p.stem for p in sorted((root / "specs").glob("*.txt"))]
for n in names:
    d = root / "cases" / n; d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(build((root / "specs" / f"{n}.txt").read_text()), encoding="utf-8")
    print("wrote", d / "source.html")
