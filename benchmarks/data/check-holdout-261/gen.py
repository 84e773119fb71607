#!/usr/bin/env python3
"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/.

specs/<name>.txt : header lines "key: value" (lang, outlet, site, url, published,
                   title, author, section, dateline, post), blank line, paragraphs.
specs/<name>.dg  : compact digest: one paragraph per line; "T:" heading,
                   "S:" numbered section (numbering restarts after T:), "-" bullet,
                   "F: kind|severity|span" expected finding, "CITE:"/"URL:" overrides.
"""
import html, json, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Crime", "Courts", "Politics", "Business", "Opinion"],
       "fr": ["France", "Monde", "Justice", "Faits divers", "Économie", "Débats"],
       "de": ["Politik", "Panorama", "Justiz", "Wirtschaft", "Regional", "Meinung"],
       "es": ["España", "Internacional", "Tribunales", "Sucesos", "Economía", "Opinión"],
       "ja": ["社会", "事件・事故", "司法", "政治", "経済", "地域"]}
COOKIE = {"en": ("We use cookies to improve your experience and to analyse traffic.", "Accept all", "Reject"),
          "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Refuser"),
          "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und die Nutzung zu analysieren.", "Alle akzeptieren", "Ablehnen"),
          "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar todas", "Rechazar"),
          "ja": ("当サイトはサービス向上のためクッキーを使用しています。", "同意する", "拒否する")}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(l.split(": ", 1) for l in head.splitlines() if l.strip())
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    return meta, paras


def source_html(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = meta.get("sep", " - ")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    desc = paras[0][:150]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    site = meta["url"].split("/")[2]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="https://static.{site}/css/main.css">
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav class="main-nav"><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{RELATED[lang]}</h2>
      <ul>
        <li><a href="/archive/1">{e(meta.get('rel1', meta['section']))}</a></li>
        <li><a href="/archive/2">{e(meta.get('rel2', meta['outlet']))}</a></li>
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="cookie-consent" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <p>&copy; 2026 {e(meta['outlet'])}</p>
  </footer>
</body>
</html>
"""


def digest(meta, dg_path):
    lines = [l.rstrip() for l in dg_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    findings, cite, url, out, n = [], None, None, [], 0
    pub = meta["published"][:10].replace("-", ".")
    for l in lines:
        if l.startswith("F: "):
            k, s, span = l[3:].split("|", 2)
            findings.append({"kind": k, "severity": s, "span": span})
        elif l.startswith("CITE: "):
            cite = l[6:]
        elif l.startswith("URL: "):
            url = l[5:]
        elif l.startswith("HEAD: "):
            out.append(l[6:] + meta["post"])
            out.append("国立国会図書館デジタルコレクション「" + meta.get("ukiyoe", "浪華百景") + "」を加工して作成")
        elif l.startswith("【"):
            out.append(l)
        elif l.startswith("T:"):
            n = 0
            out.append(" " + l[2:].strip())
        elif l.startswith("S:"):
            n += 1
            out.append(f" {n}.{l[2:].strip()}")
        elif l.startswith("-"):
            out.append(" ・" + l[1:].strip())
        else:
            out.append(" " + l)
    out.append("【引用・参照・底本】")
    out.append(cite or f"{meta['title']} {meta['outlet']} {pub}")
    out.append(url or meta["url"])
    text = "\n\n".join(out) + "\n"
    return text, {"clean": not findings, "findings": findings}


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(source_html(meta, paras), encoding="utf-8")
        dg = spec.with_suffix(".dg")
        if dg.exists():
            text, exp = digest(meta, dg)
            (d / "digest.txt").write_text(text, encoding="utf-8")
            (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
