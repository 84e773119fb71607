#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; FINDINGS -> cases/<name>/expected.json.
digest.txt files are written by hand in cases/<name>/ and are not generated."""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent

# planted findings of the err cases (clean cases have none)
FINDINGS = {
    'err-amphibious-kahu': [
        ('mismatch', 'error', '3分の1'),
        ('mismatch', 'error', '2030年10〜12月期'),
        ('citation', 'warning', '2026.11.12'),
    ],
    'err-buque-polar': [
        ('mismatch', 'error', '2027年4〜6月期'),
        ('mismatch', 'error', '121メートル'),
        ('name', 'warning', 'ハビエル・ムニョス'),
    ],
    'err-corvette-export-fjordvik': [
        ('mismatch', 'error', '2029年4〜6月期'),
        ('mismatch', 'error', '2600人'),
        ('spelling', 'warning', 'ハルドーセン'),
    ],
    'err-drone-boats-deccan': [
        ('mismatch', 'error', '26日(月)'),
        ('mismatch', 'error', '24カ月'),
        ('name', 'warning', 'MUSV'),
    ],
    'err-goeikan-setohama': [
        ('mismatch', 'error', '約25%'),
        ('mismatch', 'error', '2028年3月期'),
        ('spelling', 'warning', '瀬戸濱重工'),
    ],
    'err-landing-craft-gulfhaven': [
        ('mismatch', 'error', '30ポイント'),
        ('mismatch', 'error', '12月1日午前5時'),
        ('unsupported', 'warning', '1990年代'),
    ],
    'err-littoral-vessels-straits': [
        ('mismatch', 'error', '5カ月'),
        ('mismatch', 'error', '2027年'),
        ('name', 'warning', 'LMV'),
    ],
    'err-marinewerft-uebernahme': [
        ('mismatch', 'error', '3億2000万ユーロ'),
        ('mismatch', 'error', '3.5%'),
        ('name', 'warning', 'ノルトキャピタル'),
    ],
    'err-radoub-fregates': [
        ('mismatch', 'error', '13%低下'),
        ('mismatch', 'error', '240メートル'),
        ('spelling', 'warning', 'レヴェック'),
    ],
    'err-ship-repair-kaleo': [
        ('mismatch', 'error', '約240メートル'),
        ('mismatch', 'error', '2027年末'),
        ('unsupported', 'warning', '約4000万ドル'),
    ],
    'err-submarine-delay': [
        ('mismatch', 'error', '8.3%'),
        ('mismatch', 'error', '12隻未満'),
        ('unsupported', 'warning', '年5億ドル'),
    ],
    'err-werft-tankschiffe': [
        ('mismatch', 'error', '4%低下'),
        ('mismatch', 'error', '2021年'),
        ('citation', 'warning', 'https://www.nordkuesten-rundschau.example/wirtschaft/werft-halvmoor-tankschiffe-marine-auftrag-a-88213?utm_source=newsletter&utm_medium=email&utm_campaign=morgenlage'),
    ],
}

def load(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
    return meta, paras

COOKIE = {"en": ("We use cookies to improve your experience.", "Accept all", "Manage"),
          "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer"),
          "de": ("Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern.", "Alle akzeptieren", "Einstellungen"),
          "es": ("Utilizamos cookies para mejorar su experiencia.", "Aceptar todo", "Configurar"),
          "ja": ("当サイトはクッキーを使用しています。", "同意する", "設定")}
NAV = {"en": ["Home", "World", "Defence", "Business", "Opinion"],
       "fr": ["Accueil", "International", "Défense", "Économie", "Opinions"],
       "de": ["Startseite", "Politik", "Verteidigung", "Wirtschaft", "Meinung"],
       "es": ["Portada", "Internacional", "Defensa", "Economía", "Opinión"],
       "ja": ["トップ", "政治", "防衛", "経済", "社説"]}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", " - ")
    title = meta["title"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    cookie = COOKIE[lang]
    nav = "".join(f'<li><a href="{base}/{i}">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "".join(f'<li><a href="{base}/{r.split("|")[0].strip()}">{e(r.split("|")[1].strip())}</a></li>'
                  for r in meta.get("related", "").split(";;") if "|" in r)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', 'Defence'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(cookie[0])}</p><button>{e(cookie[1])}</button><button>{e(cookie[2])}</button></div>
  <header class="site-header"><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related"><h2>{e(RELATED[lang])}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}</p><a href="{base}/privacy">Privacy</a> <a href="{base}/terms">Terms</a></footer>
</body>
</html>
"""

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = load(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        f = FINDINGS.get(name, [])
        exp = {"clean": name.startswith("clean-"),
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in f]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
