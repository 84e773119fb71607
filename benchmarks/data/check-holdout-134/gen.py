#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html (a full news page)."""
import html, json, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
L = {
 "en": dict(nav=["World","Business","Markets","Shipping","Opinion"], sub="Subscribe",
   cookie="We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
   acc="Accept all", rej="Reject non-essential", rel="Related stories", share="Share this article",
   foot=["About us","Contact","Terms of use","Privacy policy"], rights="All rights reserved.",
   days=["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],
   months=["January","February","March","April","May","June","July","August","September","October","November","December"],
   fmt="{wd} {d} {mon} {y}, {hh}:{mm}"),
 "fr": dict(nav=["Monde","Économie","Marchés","Transport maritime","Opinions"], sub="S'abonner",
   cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
   acc="Tout accepter", rej="Refuser", rel="À lire aussi", share="Partager l'article",
   foot=["Qui sommes-nous","Contact","Conditions d'utilisation","Confidentialité"], rights="Tous droits réservés.",
   days=["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"],
   months=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"],
   fmt="Publié le {wd} {d} {mon} {y} à {hh}h{mm}"),
 "de": dict(nav=["Politik","Wirtschaft","Märkte","Logistik","Meinung"], sub="Abonnieren",
   cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
   acc="Alle akzeptieren", rej="Ablehnen", rel="Mehr zum Thema", share="Artikel teilen",
   foot=["Über uns","Kontakt","Nutzungsbedingungen","Datenschutz"], rights="Alle Rechte vorbehalten.",
   days=["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"],
   months=["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"],
   fmt="{wd}, {d}. {mon} {y}, {hh}:{mm} Uhr"),
 "es": dict(nav=["Internacional","Economía","Mercados","Puertos","Opinión"], sub="Suscríbete",
   cookie="Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
   acc="Aceptar todo", rej="Rechazar", rel="Noticias relacionadas", share="Compartir",
   foot=["Quiénes somos","Contacto","Aviso legal","Privacidad"], rights="Todos los derechos reservados.",
   days=["lunes","martes","miércoles","jueves","viernes","sábado","domingo"],
   months=["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"],
   fmt="{wd}, {d} de {mon} de {y}, {hh}:{mm}"),
 "ja": dict(nav=["国際","経済","マーケット","物流","オピニオン"], sub="有料会員登録",
   cookie="当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
   acc="すべて同意", rej="拒否する", rel="関連記事", share="この記事をシェア",
   foot=["会社概要","お問い合わせ","利用規約","プライバシーポリシー"], rights="無断転載を禁じます。",
   days=["月","火","水","木","金","土","日"], months=[str(i) for i in range(1,13)],
   fmt="{y}年{mon}月{d}日({wd}) {hh}:{mm}"),
}

def render(spec: Path) -> str:
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    b = L[m["lang"]]; e = html.escape
    url = f"https://{m['domain']}{m['path']}"
    dt = datetime.fromisoformat(m["published"])
    shown = b["fmt"].format(wd=b["days"][dt.weekday()], d=dt.day, mon=b["months"][dt.month-1], y=dt.year,
                            hh=f"{dt.hour:02d}", mm=f"{dt.minute:02d}") + " " + m.get("tzname", "")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": m["lang"]}
    related = m.get("related", "").split(" | ")
    out = f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])}{e(m.get('sep', ' - '))}{e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>{''.join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(b['nav']))}</ul></nav>
    <a class="subscribe" href="/subscribe/">{e(b['sub'])}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(shown.strip())}</time></p>
{chr(10).join('      <p>' + e(p) + '</p>' for p in paras)}
    </article>
    <div class="share">{e(b['share'])}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="related"><h2>{e(b['rel'])}</h2><ul>
{chr(10).join(f'      <li><a href="/r/{i}">{e(r)}</a></li>' for i, r in enumerate(related) if r)}
    </ul></aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog"><p>{e(b['cookie'])}</p>
    <button>{e(b['acc'])}</button> <button>{e(b['rej'])}</button></div>
  <footer><ul>{''.join(f'<li><a href="/f/{i}">{e(f)}</a></li>' for i, f in enumerate(b['foot']))}</ul>
    <p>&copy; {dt.year} {e(m['outlet'])}. {e(b['rights'])}</p></footer>
</body>
</html>
"""
    return out

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        d = HERE / "cases" / n; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(HERE / "specs" / f"{n}.txt"), encoding="utf-8")
        print("wrote", d / "source.html")
