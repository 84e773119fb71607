"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a small header (key: value lines), a line with three dashes, then
the article body: paragraphs separated by blank lines. The digests
(digest.txt) and labels (expected.json) are written by hand and live next to
the generated page. Run: python gen.py
"""
from __future__ import annotations

import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": {
        "nav": ["World", "Business", "Science", "Sport", "Culture", "Opinion"],
        "subscribe": "Subscribe",
        "cookie": "We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
        "accept": "Accept all", "reject": "Reject non-essential", "manage": "Manage preferences",
        "most_read": "Most read",
        "side": ["Newsletter: the day's main stories in your inbox", "Podcast: the week in review", "Letters to the editor"],
        "share": "Share this story:", "mail": "Email", "link": "Copy link",
        "footer": ["About us", "Contact", "Terms of use", "Privacy policy"],
        "rights": "All rights reserved.",
    },
    "fr": {
        "nav": ["International", "Économie", "Société", "Sports", "Culture", "Idées"],
        "subscribe": "S'abonner",
        "cookie": "Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment.",
        "accept": "Tout accepter", "reject": "Tout refuser", "manage": "Paramétrer",
        "most_read": "Les plus lus",
        "side": ["Newsletter : l'essentiel de l'actualité chaque matin", "Podcast : la semaine en vingt minutes", "Courrier des lecteurs"],
        "share": "Partager l'article :", "mail": "Courriel", "link": "Copier le lien",
        "footer": ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Politique de confidentialité"],
        "rights": "Tous droits réservés.",
    },
    "de": {
        "nav": ["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
        "subscribe": "Abonnieren",
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        "accept": "Alle akzeptieren", "reject": "Nur notwendige", "manage": "Einstellungen",
        "most_read": "Meistgelesen",
        "side": ["Newsletter: Der Tag im Überblick", "Podcast: Die Woche in zwanzig Minuten", "Leserbriefe"],
        "share": "Artikel teilen:", "mail": "E-Mail", "link": "Link kopieren",
        "footer": ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Impressum"],
        "rights": "Alle Rechte vorbehalten.",
    },
    "es": {
        "nav": ["Internacional", "Economía", "Sociedad", "Deportes", "Cultura", "Opinión"],
        "subscribe": "Suscríbete",
        "cookie": "Utilizamos cookies propias y de terceros para personalizar el contenido y los anuncios y para analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
        "accept": "Aceptar todo", "reject": "Rechazar", "manage": "Configurar",
        "most_read": "Lo más leído",
        "side": ["Boletín: las noticias del día en tu correo", "Pódcast: la semana en veinte minutos", "Cartas al director"],
        "share": "Compartir:", "mail": "Correo", "link": "Copiar enlace",
        "footer": ["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"],
        "rights": "Todos los derechos reservados.",
    },
    "pt": {
        "nav": ["Mundo", "Economia", "Sociedade", "Desporto", "Cultura", "Opinião"],
        "subscribe": "Assinar",
        "cookie": "Utilizamos cookies e tecnologias semelhantes para personalizar conteúdos e anúncios e para analisar o nosso tráfego. Pode alterar as suas escolhas a qualquer momento.",
        "accept": "Aceitar todos", "reject": "Rejeitar", "manage": "Gerir preferências",
        "most_read": "Mais lidas",
        "side": ["Newsletter: as notícias do dia no seu e-mail", "Podcast: a semana em vinte minutos", "Cartas dos leitores"],
        "share": "Partilhar:", "mail": "E-mail", "link": "Copiar ligação",
        "footer": ["Quem somos", "Contactos", "Termos de utilização", "Política de privacidade"],
        "rights": "Todos os direitos reservados.",
    },
    "ja": {
        "nav": ["国際", "経済", "社会", "スポーツ", "文化", "オピニオン"],
        "subscribe": "購読する",
        "cookie": "当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
        "accept": "すべて許可", "reject": "必須のみ", "manage": "詳細設定",
        "most_read": "よく読まれている記事",
        "side": ["ニュースレター:毎朝の主要ニュース", "ポッドキャスト:1週間を20分で", "読者の声"],
        "share": "この記事を共有:", "mail": "メール", "link": "リンクをコピー",
        "footer": ["会社案内", "お問い合わせ", "利用規約", "プライバシーポリシー"],
        "rights": "無断転載を禁じます。",
    },
}


def parse_spec(path: pathlib.Path) -> tuple[dict, list[str]]:
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def body_text(paras: list[str]) -> str:
    return "\n".join(paras)


def render(meta: dict, paras: list[str]) -> str:
    c = CHROME[meta["lang"]]
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    title, site, url, pub = meta["title"], meta["site"], meta["url"], meta["published"]
    desc = paras[0][:160]
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url,
    }, ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    side = "\n".join(f'        <li><a href="/more/{i}">{e(n)}</a></li>' for i, n in enumerate(c["side"]))
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(n)}</a></li>' for i, n in enumerate(c["footer"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(site)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(site)}</a>
    <nav>
      <ul class="menu">
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(c['subscribe'])}</a>
  </header>
  <main class="layout">
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['display'])}</time></div>
    </div>
    <article class="story-body" itemprop="articleBody">
{body}
    </article>
    <div class="share">{e(c['share'])} <a href="/share/mail">{e(c['mail'])}</a> <a href="/share/link">{e(c['link'])}</a></div>
    <aside class="sidebar">
      <h3>{e(c['most_read'])}</h3>
      <ol>
{side}
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['accept'])}</button> <button class="reject">{e(c['reject'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {pub[:4]} {e(site)}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def main() -> None:
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(f"{spec.stem}: {meta['lang']} body {len(body_text(paras))} chars")


if __name__ == "__main__":
    main()
