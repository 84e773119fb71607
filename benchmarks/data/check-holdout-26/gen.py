"""Generate cases/<name>/source.html from the plain specs in specs.py.

Digests and labels are hand-written; only the page chrome is generated.
"""
import html
import json
import pathlib

from specs import CASES

HERE = pathlib.Path(__file__).parent

CHROME = {
    "en": dict(nav=["World", "Business", "Science", "Sport", "Culture", "Opinion"], sub="Subscribe",
               cookie="We use cookies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", side="Most read", share="Share this article", rights="All rights reserved.",
               links=["About us", "Contact", "Privacy", "Terms"], more=["Markets close mixed", "Weekend weather outlook", "Letters to the editor"]),
    "fr": dict(nav=["International", "Économie", "Sciences", "Sport", "Culture", "Débats"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", side="Les plus lus", share="Partager cet article", rights="Tous droits réservés.",
               links=["Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales"], more=["La Bourse termine en ordre dispersé", "Météo du week-end", "Courrier des lecteurs"]),
    "de": dict(nav=["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Ihre Auswahl können Sie jederzeit ändern.",
               accept="Alle akzeptieren", side="Meistgelesen", share="Artikel teilen", rights="Alle Rechte vorbehalten.",
               links=["Über uns", "Kontakt", "Datenschutz", "Impressum"], more=["Börse schließt uneinheitlich", "Das Wetter am Wochenende", "Leserbriefe"]),
    "es": dict(nav=["Internacional", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               accept="Aceptar todo", side="Lo más leído", share="Compartir", rights="Todos los derechos reservados.",
               links=["Quiénes somos", "Contacto", "Privacidad", "Aviso legal"], more=["La bolsa cierra mixta", "El tiempo del fin de semana", "Cartas al director"]),
    "it": dict(nav=["Mondo", "Economia", "Scienza", "Sport", "Cultura", "Opinioni"], sub="Abbonati",
               cookie="Utilizziamo i cookie per personalizzare i contenuti e analizzare il traffico. Puoi modificare le tue scelte in qualsiasi momento.",
               accept="Accetta tutti", side="I più letti", share="Condividi", rights="Tutti i diritti riservati.",
               links=["Chi siamo", "Contatti", "Privacy", "Note legali"], more=["Borsa chiude contrastata", "Meteo del fine settimana", "Lettere al direttore"]),
    "pt": dict(nav=["Mundo", "Economia", "Ciência", "Desporto", "Cultura", "Opinião"], sub="Assinar",
               cookie="Utilizamos cookies para personalizar conteúdos e analisar o tráfego. Pode alterar as suas escolhas a qualquer momento.",
               accept="Aceitar tudo", side="Mais lidas", share="Partilhar", rights="Todos os direitos reservados.",
               links=["Quem somos", "Contactos", "Privacidade", "Termos"], more=["Bolsa fecha mista", "Tempo para o fim de semana", "Cartas dos leitores"]),
    "ja": dict(nav=["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"], sub="購読する",
               cookie="当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="すべて同意", side="よく読まれている記事", share="この記事をシェア", rights="無断転載を禁じます。",
               links=["会社概要", "お問い合わせ", "プライバシー", "利用規約"], more=["株式市場は小幅まちまち", "週末の天気", "読者の声"]),
}


def page(c):
    ch = CHROME[c["lang"]]
    e = html.escape
    title = c["title"]
    url = c["url"]
    desc = c["paras"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": c["published"], "author": {"@type": "Person", "name": c["author"]},
                     "publisher": {"@type": "Organization", "name": c["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ch["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in c["paras"])
    side = "\n".join(f'        <li><a href="/read/{i}">{e(m)}</a></li>' for i, m in enumerate(ch["more"]))
    links = " | ".join(f'<a href="/{i}">{e(l)}</a>' for i, l in enumerate(ch["links"]))
    year = c["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(c['suffix'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(c['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{c['published']}">
  <meta property="article:section" content="{e(c['section'])}">
  <meta name="author" content="{e(c['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <div class="top-bar">
    <a class="brand" href="/">{e(c['outlet'])}</a>
    <ul class="menu">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">{e(ch['sub'])}</a>
  </div>
  <div class="cookie-banner" role="dialog">
    <p>{e(ch['cookie'])}</p>
    <button>{e(ch['accept'])}</button>
  </div>
  <main class="layout">
    <article>
      <span class="kicker">{e(c['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(c['author'])}</span> <time datetime="{c['published']}">{c['published'][:10]}</time></div>
{body}
    </article>
    <div class="share-bar"><span>{e(ch['share'])}</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Mail</a></div>
    <aside class="sidebar">
      <h3>{e(ch['side'])}</h3>
      <ul>
{side}
      </ul>
    </aside>
  </main>
  <footer><p>&copy; {year} {e(c['outlet'])}. {e(ch['rights'])}</p><p>{links}</p></footer>
</body>
</html>
"""


def main():
    for c in CASES:
        d = HERE / "cases" / c["name"]
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(c), encoding="utf-8")
        print(c["name"], len("".join(c["paras"])))


if __name__ == "__main__":
    main()
