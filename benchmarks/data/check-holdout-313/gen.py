#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and cases/<name>/expected.json.

The digests (cases/<name>/digest.txt) are hand-written and not generated.
Spec header: "key: value" lines up to a line "---", then the article paragraphs
separated by blank lines. Repeated keys: calc (derivation :: python expr ::
value as written), trap, finding (kind | severity | span | slip | correct value).
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
MULTI = {"calc", "trap", "finding"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {k: [] for k in MULTI}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k in MULTI:
            meta[k].append(v)
        else:
            meta[k] = v
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["paragraphs"] = paras
    meta["findings"] = []
    for f in meta["finding"]:
        kind, sev, span, slip, correct = [x.strip() for x in f.split("|")]
        meta["findings"].append({"kind": kind, "severity": sev, "span": span,
                                 "slip": slip, "correct": correct})
    return meta

NAV = {
    "en": ["World", "Business", "Economy", "Markets", "Retail", "Opinion"],
    "fr": ["International", "Économie", "Consommation", "Entreprises", "Débats"],
    "de": ["Politik", "Wirtschaft", "Handel", "Finanzen", "Meinung"],
    "es": ["Internacional", "Economía", "Consumo", "Empresas", "Opinión"],
    "ja": ["国内", "経済", "消費", "企業", "マーケット"],
}
COOKIE = {
    "en": ("We use cookies to measure traffic and personalise what you see. Choose which ones you accept.", "Accept all", "Reject optional"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "Continuer sans accepter"),
    "de": ("Wir verwenden Cookies, um Reichweite zu messen und Inhalte zu personalisieren.", "Alle akzeptieren", "Nur notwendige"),
    "es": ("Utilizamos cookies propias y de terceros para analizar el tráfico y personalizar contenidos.", "Aceptar todas", "Rechazar"),
    "ja": ("当サイトはアクセス解析と表示の最適化のためにクッキーを使用します。", "同意する", "拒否する"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}
FOOT = {"en": ["About us", "Contact", "Terms", "Privacy"], "fr": ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"],
        "de": ["Über uns", "Kontakt", "Impressum", "Datenschutz"], "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
        "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシー"]}


def render(meta):
    e = html.escape
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    sep = " | " if meta.get("title_sep") == "|" else " - "
    pub = meta["published"]
    desc = meta["paragraphs"][0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url, "inLanguage": lang}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in meta["paragraphs"])
    rel = "\n".join(f'        <li><a href="/{meta.get("section", "news").lower()}/{i}">{e(t)}</a></li>'
                    for i, t in enumerate(meta.get("related", "").split(" ;; ")) if t)
    c = COOKIE[lang]
    foot = "\n".join(f'      <li><a href="/f{i}/">{e(x)}</a></li>' for i, x in enumerate(FOOT[lang]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{pub}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-consent" role="dialog">
    <p>{e(c[0])}</p>
    <button>{e(c[1])}</button> <button>{e(c[2])}</button>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; 2026 {e(outlet)}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta = parse_spec(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta), encoding="utf-8")
        exp = {"clean": spec.stem.startswith("clean-"),
               "findings": [{k: f[k] for k in ("kind", "severity", "span")} for f in meta["findings"]]}
        (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", spec.stem)


if __name__ == "__main__":
    main()
