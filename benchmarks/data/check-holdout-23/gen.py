#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: `key: value` header lines (lang, outlet, domain, path, title,
published, author, section, kicker, timestr), a blank line, then body
paragraphs separated by blank lines.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(menu=["World", "Business", "Science", "Sport", "Culture", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               share="Share this article", mail="Email", link="Copy link", read="Most read",
               side=["Newsletter: the morning briefing", "Podcast: the week in review"],
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["International", "Économie", "Sciences", "Sport", "Culture", "Idées"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Refuser", manage="Paramétrer",
               share="Partager cet article", mail="E-mail", link="Copier le lien", read="Les plus lus",
               side=["Lettre d'information : l'essentiel du matin", "Podcast : la semaine en revue"],
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Ablehnen", manage="Einstellungen",
               share="Artikel teilen", mail="E-Mail", link="Link kopieren", read="Meistgelesen",
               side=["Newsletter: Der Morgen kompakt", "Podcast: Die Woche im Rückblick"],
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               share="Compartir", mail="Correo", link="Copiar enlace", read="Lo más leído",
               side=["Boletín: lo esencial de la mañana", "Pódcast: la semana en resumen"],
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "pt": dict(menu=["Mundo", "Economia", "Ciência", "Desporto", "Cultura", "Opinião"], sub="Assinar",
               cookie="Utilizamos cookies para personalizar conteúdos e analisar o tráfego. Pode alterar as suas escolhas a qualquer momento.",
               accept="Aceitar tudo", reject="Rejeitar", manage="Gerir preferências",
               share="Partilhar", mail="E-mail", link="Copiar ligação", read="Mais lidas",
               side=["Newsletter: o essencial da manhã", "Podcast: a semana em revista"],
               foot=["Quem somos", "Contactos", "Termos de utilização", "Privacidade"], rights="Todos os direitos reservados."),
    "it": dict(menu=["Mondo", "Economia", "Scienze", "Sport", "Cultura", "Opinioni"], sub="Abbonati",
               cookie="Utilizziamo i cookie per personalizzare i contenuti e analizzare il traffico. Puoi modificare le tue scelte in qualsiasi momento.",
               accept="Accetta tutto", reject="Rifiuta", manage="Preferenze",
               share="Condividi", mail="E-mail", link="Copia link", read="I più letti",
               side=["Newsletter: il buongiorno", "Podcast: la settimana in breve"],
               foot=["Chi siamo", "Contatti", "Termini di utilizzo", "Privacy"], rights="Tutti i diritti riservati."),
    "ja": dict(menu=["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"], sub="購読する",
               cookie="当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="拒否する", manage="設定を管理",
               share="この記事をシェア", mail="メール", link="リンクをコピー", read="よく読まれている記事",
               side=["ニュースレター:朝の要点", "ポッドキャスト:今週の振り返り"],
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] == '"':
            v = v[1:-1]
        meta[k.strip()] = v
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    c = CHROME[meta["lang"]]
    e = html.escape
    url = "https://" + meta["domain"] + meta["path"]
    title, outlet = meta["title"], meta["outlet"]
    sep = meta.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    menu = "\n".join(f'      <li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(c["menu"]))
    side = "\n".join(f'      <li><a href="/more/{i}">{e(s)}</a></li>' for i, s in enumerate(c["side"]))
    foot = "\n".join(f'      <li><a href="/p/{i}">{e(s)}</a></li>' for i, s in enumerate(c["foot"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
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
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button class="accept">{e(c['accept'])}</button> <button class="reject">{e(c['reject'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
  </div>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <div class="share">{e(c['share'])}: <a href="/share/mail">{e(c['mail'])}</a> <a href="/share/link">{e(c['link'])}</a></div>
    <aside class="sidebar">
      <h3>{e(c['read'])}</h3>
      <ol>
{side}
      </ol>
    </aside>
  </main>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(c['rights'])}</p>
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
        meta, paras = parse_spec(sp)
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(name, sum(len(p) for p in paras))


if __name__ == "__main__":
    main(sys.argv[1:])
