"""Render cases/<name>/source.html from the plain specs in specs.py.

Digests and labels are written by hand; only the news-page chrome is generated.
Run: python gen.py
"""
import html
import json
import pathlib

from specs import CASES

HERE = pathlib.Path(__file__).parent

CHROME = {
    "en": dict(nav=["World", "Business", "Politics", "Sport", "Culture", "Opinion"],
               cookie="We use cookies to improve your experience and to show relevant adverts. You can change your choices at any time.",
               accept="Accept all", reject="Reject", sub="Subscribe", share="Share this article",
               most="Most read", related=["Weather warnings for the weekend", "Letters: readers on the cost of living", "Crossword No 4,212"],
               footer="All rights reserved. Registered in England. Contact us | Privacy policy | Terms"),
    "fr": dict(nav=["International", "Économie", "Politique", "Sports", "Culture", "Débats"],
               cookie="Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.",
               accept="Tout accepter", reject="Refuser", sub="S'abonner", share="Partager l'article",
               most="Les plus lus", related=["Météo : orages attendus dans le Sud", "Courrier des lecteurs", "Mots croisés du jour"],
               footer="Tous droits réservés. Mentions légales | Politique de confidentialité | Contact"),
    "de": dict(nav=["Politik", "Wirtschaft", "Region", "Sport", "Kultur", "Meinung"],
               cookie="Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis und passende Werbung zu bieten.",
               accept="Alle akzeptieren", reject="Ablehnen", sub="Abo", share="Artikel teilen",
               most="Meistgelesen", related=["Wetter: Sturmböen an der Küste", "Leserbriefe der Woche", "Rätsel des Tages"],
               footer="Alle Rechte vorbehalten. Impressum | Datenschutz | Kontakt"),
    "es": dict(nav=["Internacional", "Economía", "Política", "Deportes", "Cultura", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para mejorar su experiencia y mostrarle publicidad personalizada.",
               accept="Aceptar todo", reject="Rechazar", sub="Suscríbete", share="Compartir",
               most="Lo más leído", related=["El tiempo: lluvias en el litoral", "Cartas al director", "Crucigrama"],
               footer="Todos los derechos reservados. Aviso legal | Política de privacidad | Contacto"),
    "it": dict(nav=["Cronaca", "Economia", "Politica", "Sport", "Cultura", "Opinioni"],
               cookie="Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza.",
               accept="Accetta tutti", reject="Rifiuta", sub="Abbonati", share="Condividi",
               most="I più letti", related=["Meteo: allerta gialla in montagna", "Lettere al direttore", "Cruciverba"],
               footer="Tutti i diritti riservati. Note legali | Privacy | Contatti"),
    "pt": dict(nav=["Mundo", "Economia", "Política", "Desporto", "Cultura", "Opinião"],
               cookie="Utilizamos cookies para melhorar a sua experiência e apresentar publicidade relevante.",
               accept="Aceitar todos", reject="Rejeitar", sub="Assinar", share="Partilhar",
               most="Mais lidas", related=["Tempo: chuva forte no litoral", "Cartas dos leitores", "Palavras cruzadas"],
               footer="Todos os direitos reservados. Termos | Privacidade | Contactos"),
    "ja": dict(nav=["社会", "経済", "政治", "スポーツ", "文化", "地域"],
               cookie="当サイトでは利便性向上と広告配信のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", sub="購読する", share="この記事をシェア",
               most="よく読まれている記事", related=["週末の天気 広い範囲で雨", "読者の声", "今日のクロスワード"],
               footer="無断転載を禁じます。利用規約 | プライバシーポリシー | お問い合わせ"),
}


def render(c):
    ch = CHROME[c["lang"]]
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
          "datePublished": c["published"], "author": {"@type": "Person", "name": c["author"]},
          "publisher": {"@type": "Organization", "name": c["outlet"]}, "mainEntityOfPage": c["url"]}
    desc = c["body"][0][:150]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ch["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in c["body"])
    rel = "\n".join(f'        <li><a href="/r/{i}">{e(r)}</a></li>' for i, r in enumerate(ch["related"]))
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(c['title'])} {c.get('sep', '-')} {e(c['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{c['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(c['outlet'])}">
  <meta property="og:title" content="{e(c['title'])}">
  <meta property="og:url" content="{c['url']}">
  <meta property="article:published_time" content="{c['published']}">
  <meta property="article:section" content="{e(c['section'])}">
  <meta name="author" content="{e(c['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(ch['cookie'])}</p><button>{e(ch['accept'])}</button><button>{e(ch['reject'])}</button></div>
  <header class="site-header">
    <a class="brand" href="/">{e(c['outlet'])}</a>
    <ul class="nav">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">{e(ch['sub'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(c['section'])}</span>
      <h1>{e(c['title'])}</h1>
      <div class="byline"><span class="author">{e(c['author'])}</span> <time datetime="{c['published']}">{e(c['shown'])}</time></div>
{body}
    </article>
    <div class="share-bar"><span>{e(ch['share'])}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>
    <aside class="sidebar">
      <h2>{e(ch['most'])}</h2>
      <ol>
{rel}
      </ol>
    </aside>
  </main>
  <footer><p>© 2026 {e(c['outlet'])}. {e(ch['footer'])}</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    for name, c in CASES.items():
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(c), encoding="utf-8")
        print(name, sum(len(p) for p in c["body"]))
