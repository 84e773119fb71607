"""Build cases/<name>/source.html from the hand-written specs in specs/<name>.txt.

Spec format: "key: value" header lines, a line "---", then the article body,
paragraphs separated by blank lines. Keys: lang, outlet, domain, path,
published (ISO 8601 with the outlet's UTC offset), time_text (the byline time as
the outlet prints it), author, section, title.

    python gen.py            # all specs
    python gen.py NAME ...   # some
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": dict(nav=["World", "Business", "Markets", "Technology", "Energy", "Opinion"],
               sub="Subscribe", share="Share this story:", mail="Email", link="Copy link",
               most="Most read", more=["Newsletter: the day's main stories in your inbox",
                                       "Podcast: the week in markets"],
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["International", "Économie", "Marchés", "Technologies", "Énergie", "Idées"],
               sub="S'abonner", share="Partager cet article :", mail="E-mail", link="Copier le lien",
               most="Les plus lus", more=["Lettre d'information : l'essentiel du jour",
                                          "Podcast : la semaine des marchés"],
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Finanzen", "Technik", "Energie", "Meinung"],
               sub="Abonnieren", share="Artikel teilen:", mail="E-Mail", link="Link kopieren",
               most="Meistgelesen", more=["Newsletter: die wichtigsten Nachrichten des Tages",
                                          "Podcast: die Börsenwoche"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Economía", "Mercados", "Tecnología", "Energía", "Opinión"],
               sub="Suscríbete", share="Compartir:", mail="Correo", link="Copiar enlace",
               most="Lo más leído", more=["Boletín: las noticias del día en tu correo",
                                          "Pódcast: la semana en los mercados"],
               cookie="Utilizamos cookies y tecnologías similares para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puedes cambiar tus preferencias en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "it": dict(nav=["Mondo", "Economia", "Mercati", "Tecnologia", "Energia", "Opinioni"],
               sub="Abbonati", share="Condividi:", mail="Email", link="Copia link",
               most="I più letti", more=["Newsletter: le notizie del giorno",
                                         "Podcast: la settimana dei mercati"],
               cookie="Utilizziamo cookie e tecnologie simili per personalizzare contenuti e annunci e per analizzare il nostro traffico. Puoi modificare le tue scelte in qualsiasi momento.",
               accept="Accetta tutto", reject="Rifiuta", manage="Gestisci preferenze",
               foot=["Chi siamo", "Contatti", "Termini d'uso", "Privacy"], rights="Tutti i diritti riservati."),
    "ja": dict(nav=["国際", "経済", "マーケット", "テクノロジー", "エネルギー", "オピニオン"],
               sub="購読する", share="この記事を共有:", mail="メール", link="リンクをコピー",
               most="よく読まれている記事", more=["ニュースレター:今日の主要ニュース",
                                            "ポッドキャスト:今週のマーケット"],
               cookie="当サイトでは、コンテンツや広告の最適化およびアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               foot=["会社案内", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse_spec(text):
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    if meta["lang"] == "ja":
        paras = ["".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def body_chars(paras, lang):
    return len(("" if lang == "ja" else "\n").join(paras))


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    url = "https://" + meta["domain"] + meta["path"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    more = "\n".join(f'        <li><a href="/more/{i}">{e(m)}</a></li>' for i, m in enumerate(ui["more"]))
    foot = "\n".join(f'      <li><a href="/f/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"]))
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
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
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
  <main class="page">
    <article>
      <header class="article-header">
        <span class="section">{e(meta['section'])}</span>
        <h1>{e(meta['title'])}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['time_text'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
    <div class="share">{e(ui['share'])} <a href="/share/mail">{e(ui['mail'])}</a> <a href="/share/link">{e(ui['link'])}</a></div>
    <aside class="rail">
      <h3>{e(ui['most'])}</h3>
      <ol>
{more}
      </ol>
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
    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    if names:
        specs = [s for s in specs if s.stem in names]
    for s in specs:
        meta, paras = parse_spec(s.read_text(encoding="utf-8"))
        out = HERE / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print(f"{s.stem:40s} {meta['lang']}  body {body_chars(paras, meta['lang'])} chars")


if __name__ == "__main__":
    main(sys.argv[1:])
