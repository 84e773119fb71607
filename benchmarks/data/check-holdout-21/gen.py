#!/usr/bin/env python3
"""Render cases/<name>/source.html from the plain specs in specs/<name>.py.

Each spec module defines SPEC = {lang, outlet, domain, path, title, published
(ISO 8601 with the outlet's UTC offset), shown (the byline time as the page
prints it), author, section, paras (list of body paragraphs)}. Only the page
is generated; digests and labels are written by hand.
"""
import html, importlib.util, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(nav=["World", "Business", "Science", "Sport", "Culture", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               share="Share this article", copy="Copy link", mail="Email", side="Most read",
               more=["Newsletter: the day's main stories in your inbox", "Podcast: the week in review", "Letters to the editor"],
               foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(nav=["International", "Économie", "Sciences", "Sport", "Culture", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Tout refuser", manage="Paramétrer",
               share="Partager l'article", copy="Copier le lien", mail="E-mail", side="Les plus lus",
               more=["Newsletter : l'essentiel de l'actualité chaque matin", "Podcast : la semaine en revue", "Courrier des lecteurs"],
               foot=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Politique de confidentialité"], rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               share="Artikel teilen", copy="Link kopieren", mail="E-Mail", side="Meistgelesen",
               more=["Newsletter: die wichtigsten Nachrichten am Morgen", "Podcast: die Woche im Rückblick", "Leserbriefe"],
               foot=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puede cambiar su elección en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               share="Compartir", copy="Copiar enlace", mail="Correo", side="Lo más leído",
               more=["Boletín: las noticias del día en tu correo", "Pódcast: la semana en repaso", "Cartas al director"],
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad"], rights="Todos los derechos reservados."),
    "it": dict(nav=["Mondo", "Economia", "Scienza", "Sport", "Cultura", "Opinioni"], sub="Abbonati",
               cookie="Utilizziamo i cookie per personalizzare contenuti e annunci e per analizzare il nostro traffico. Puoi modificare le tue scelte in qualsiasi momento.",
               accept="Accetta tutto", reject="Rifiuta", manage="Gestisci preferenze",
               share="Condividi", copy="Copia link", mail="E-mail", side="I più letti",
               more=["Newsletter: le notizie del giorno", "Podcast: la settimana in breve", "Lettere al direttore"],
               foot=["Chi siamo", "Contatti", "Termini d'uso", "Privacy"], rights="Tutti i diritti riservati."),
    "nl": dict(nav=["Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Opinie"], sub="Abonneren",
               cookie="Wij gebruiken cookies om inhoud en advertenties te personaliseren en ons verkeer te analyseren. U kunt uw keuze altijd wijzigen.",
               accept="Alles accepteren", reject="Weigeren", manage="Instellingen",
               share="Deel dit artikel", copy="Link kopiëren", mail="E-mail", side="Meest gelezen",
               more=["Nieuwsbrief: het belangrijkste nieuws van de dag", "Podcast: de week in vogelvlucht", "Ingezonden brieven"],
               foot=["Over ons", "Contact", "Gebruiksvoorwaarden", "Privacybeleid"], rights="Alle rechten voorbehouden."),
    "ja": dict(nav=["国内", "国際", "経済", "スポーツ", "文化", "オピニオン"], sub="購読する",
               cookie="当サイトでは、コンテンツや広告の最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", manage="設定を管理",
               share="この記事をシェア", copy="リンクをコピー", mail="メール", side="よく読まれている記事",
               more=["ニュースレター:毎朝のニュースをお届け", "ポッドキャスト:今週の振り返り", "読者の声"],
               foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.SPEC


def render(s):
    c = CHROME[s["lang"]]
    e = lambda t: html.escape(t, quote=True)
    url = f"https://{s['domain']}{s['path']}"
    desc = s["paras"][0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
          "datePublished": s["published"], "dateModified": s["published"],
          "author": {"@type": "Person", "name": s["author"]},
          "publisher": {"@type": "Organization", "name": s["outlet"]},
          "mainEntityOfPage": url, "inLanguage": s["lang"]}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(c["nav"]))
    more = "\n".join(f'        <li><a href="/more/{i}">{e(m)}</a></li>' for i, m in enumerate(c["more"]))
    foot = "\n".join(f'      <li><a href="/info/{i}">{e(f)}</a></li>' for i, f in enumerate(c["foot"]))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in s["paras"])
    year = s["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])}{e(s.get('suffix', ' | ' + s['outlet']))}</title>
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
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="site-header">
    <a class="logo" href="/">{e(s['outlet'])}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(c['sub'])}</a>
  </header>
  <div id="consent" class="cookie-banner" role="dialog">
    <p>{e(c['cookie'])}</p>
    <button>{e(c['accept'])}</button> <button>{e(c['reject'])}</button> <a href="/privacy/">{e(c['manage'])}</a>
  </div>
  <main class="page">
    <article>
      <header>
        <span class="section">{e(s['section'])}</span>
        <h1>{e(s['title'])}</h1>
        <p class="byline"><span class="author">{e(s['author'])}</span> <time datetime="{s['published']}">{e(s['shown'])}</time></p>
      </header>
      <div class="body">
{body}
      </div>
    </article>
    <div class="share-bar">{e(c['share'])}: <a href="/share/mail">{e(c['mail'])}</a> <a href="/share/copy">{e(c['copy'])}</a></div>
    <aside class="sidebar">
      <h2>{e(c['side'])}</h2>
      <ol>
{more}
      </ol>
    </aside>
  </main>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(s['outlet'])}. {e(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def main(names):
    for p in sorted((HERE / "specs").glob("*.py")):
        if names and p.stem not in names:
            continue
        s = load(p)
        out = HERE / "cases" / p.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(s), encoding="utf-8")
        print(f"{p.stem}: {sum(len(x) for x in s['paras'])} body chars")


if __name__ == "__main__":
    main(sys.argv[1:])
