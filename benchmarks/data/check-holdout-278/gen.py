#!/usr/bin/env python3
"""Generate check-holdout-278: specs/<name>.txt, cases/<name>/{source.html,digest.txt,expected.json}.
Case data lives in cases_data.py (CASES list)."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_data import CASES
HERE = os.path.dirname(os.path.abspath(__file__))
CREDITS = ["国立国会図書館デジタルコレクション「浪華百景」を加工して作成",
           "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"]
NAV = {"en": ("Home", "Business", "Retail", "Markets", "Opinion"),
       "fr": ("Accueil", "Économie", "Distribution", "Marchés", "Opinions"),
       "de": ("Startseite", "Wirtschaft", "Handel", "Märkte", "Meinung"),
       "es": ("Portada", "Economía", "Distribución", "Mercados", "Opinión"),
       "ja": ("トップ", "経済", "流通", "マーケット", "オピニオン")}
COOKIE = {"en": "We use cookies to improve your experience. Accept all / Manage choices",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter / Paramétrer",
          "de": "Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern. Alle akzeptieren / Einstellungen",
          "es": "Utilizamos cookies para mejorar su experiencia. Aceptar todas / Configurar",
          "ja": "当サイトはクッキーを使用しています。同意する / 設定"}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def source_html(c):
    e = html.escape
    lang = c["lang"]
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in c["paras"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                     "datePublished": c["published"], "author": {"@type": "Person", "name": c["author"]},
                     "publisher": {"@type": "Organization", "name": c["outlet"]}, "mainEntityOfPage": c["url"]},
                    ensure_ascii=False)
    sep = c.get("sep", " - ")
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for t, u in c["related"])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(c['title'])}{sep}{e(c['outlet'])}</title>
  <meta name="description" content="{e(c['paras'][0][:150])}">
  <link rel="canonical" href="{e(c['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(c['outlet'])}">
  <meta property="og:title" content="{e(c['title'])}">
  <meta property="og:url" content="{e(c['url'])}">
  <meta property="article:published_time" content="{c['published']}">
  <meta name="author" content="{e(c['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">{e(COOKIE[lang])}</div>
  <header><a class="logo" href="/">{e(c['outlet'])}</a><nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{e(c['title'])}</h1>
      <p class="byline">{e(c['author'])} · <time datetime="{c['published']}">{e(c['dateline'])}</time></p>
{paras}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(c['outlet'])}. All rights reserved.</p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body>
</html>
"""

def digest_txt(c, i):
    d = c["digest"]
    L = [f"{d['headline']}{d['stamp']}", "", CREDITS[i % 2], "【概要】", "", " " + d["lead"], "", " 主なハイライト", ""]
    for lab, t in d["high"]:
        L += [f" {lab}:{t}", ""]
    L += [" 文脈", ""]
    for lab, t in d["ctx"]:
        L += [f" {lab}:{t}", ""]
    L += [" " + d["close"], "", "【詳細】", "", " " + d["intro"], ""]
    for topic, secs in d["topics"]:
        L += [" " + topic, ""]
        for n, (sh, bullets) in enumerate(secs, 1):
            L += [f" {n}.{sh}", ""]
            L += [" ・" + b for b in bullets] + [""]
    L += [" " + d["end"], "", "【要点】", ""]
    for topic, secs in d.get("key", d["topics"]):
        L += [" " + topic, ""]
        for n, (sh, bullets) in enumerate(secs, 1):
            L += [f" {n}.{sh}", ""]
            L += [" ・" + b for b in bullets] + [""]
    L += ["【引用・参照・底本】", "", d["cite"], "", d["cite_url"], ""]
    return "\n".join(L)

def spec_txt(c):
    h = [f"{k}: {c[k]}" for k in ("name", "lang", "outlet", "url", "published", "title", "author", "dateline", "topic")]
    return "\n".join(h) + "\n\n" + "\n\n".join(c["paras"]) + "\n"

def main():
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    for i, c in enumerate(CASES):
        cd = os.path.join(HERE, "cases", c["name"])
        os.makedirs(cd, exist_ok=True)
        open(os.path.join(HERE, "specs", c["name"] + ".txt"), "w").write(spec_txt(c))
        open(os.path.join(cd, "source.html"), "w").write(source_html(c))
        open(os.path.join(cd, "digest.txt"), "w").write(digest_txt(c, i))
        exp = {"clean": not c["findings"],
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp, _ in c["findings"]]}
        open(os.path.join(cd, "expected.json"), "w").write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {len(CASES)} cases")

if __name__ == "__main__":
    main()
