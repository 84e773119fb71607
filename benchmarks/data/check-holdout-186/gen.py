#!/usr/bin/env python3
"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/<name>.txt.

Spec layout: header lines `key: value`, then `=== article` (one paragraph per
line), `=== digest` (compact digest, see below), `=== findings` (kind|severity|span).
Digest lines: `H headline`, `T timestamp`, `L lead`, `HL label:text`,
`CX label:text`, `C closing`, `I intro`, `# topic`, `S 1.section`, `B bullet`,
`P paragraph`, `E closing`; 要点 repeats the tree with each section's `K` bullets.
Optional `cite_title:`, `cite_url:`, `cite_date:` in the header override the citation.
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
CREDITS = ["国立国会図書館デジタルコレクション「浪華百景」を加工して作成",
           "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"]
LANG = {"en": "en", "fr": "fr", "de": "de", "es": "es", "ja": "ja"}
NAV = {"en": ["World", "Business", "Retail", "Markets", "Opinion"],
       "fr": ["Monde", "Économie", "Commerce", "Marchés", "Opinions"],
       "de": ["Welt", "Wirtschaft", "Handel", "Märkte", "Meinung"],
       "es": ["Mundo", "Economía", "Comercio", "Mercados", "Opinión"],
       "ja": ["国際", "経済", "流通", "マーケット", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential"),
          "fr": ("Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.", "Tout accepter", "Tout refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren.", "Alle akzeptieren", "Nur notwendige"),
          "es": ("Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。", "同意する", "拒否する")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事"}


def parse(path):
    head, blocks, cur = {}, {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            cur = line[4:].strip(); blocks[cur] = []; continue
        if cur is None:
            if ":" in line:
                k, v = line.split(":", 1); head[k.strip()] = v.strip()
        elif line.strip():
            blocks[cur].append(line.rstrip())
    return head, blocks


def source_html(h, paras):
    e = html.escape
    lang = h["lang"]; url = "https://" + h["domain"] + h["path"]
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": h["title"],
                     "datePublished": h["published"], "author": {"@type": "Person", "name": h["author"]},
                     "publisher": {"@type": "Organization", "name": h["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(h.get("related", "").split(" | ")) if t)
    ck = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{LANG[lang]}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(h['title'])} - {e(h['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(h['outlet'])}">
  <meta property="og:title" content="{e(h['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{h['published']}">
  <meta property="article:section" content="{e(h['section'])}">
  <meta name="author" content="{e(h['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(h['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
  </header>
  <main class="layout">
    <article>
      <header class="story-header">
        <span class="kicker">{e(h['section'])}</span>
        <h1 class="headline">{e(h['title'])}</h1>
        <div class="meta"><span class="author">{e(h['author'])}</span> <time datetime="{h['published']}">{e(h['timestr'])}</time></div>
      </header>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="related">
      <h3>{RELATED[lang]}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <p>&copy; {h['published'][:4]} {e(h['outlet'])}</p>
  </footer>
</body>
</html>
"""


def digest(h, lines, idx):
    out, keys, tree = [], [], []
    get = lambda p: [l[len(p):].strip() for l in lines if l.startswith(p)]
    out.append(get("H ")[0] + get("T ")[0]); out.append("")
    out.append(CREDITS[idx % 2]); out.append("【概要】"); out.append("")
    for l in get("L "): out += [" " + l, ""]
    out += [" 主なハイライト", ""]
    for l in get("HL "): out += [" " + l, ""]
    out += [" 文脈", ""]
    for l in get("CX "): out += [" " + l, ""]
    for l in get("C "): out += [" " + l, ""]
    out += ["【詳細】", ""]
    for l in get("I "): out += [" " + l, ""]
    for l in lines:
        if l.startswith("# "):
            out += ["", " " + l[2:], ""]; tree.append([l[2:], []])
        elif l.startswith("S "):
            out += [" " + l[2:], ""]; tree[-1][1].append([l[2:], []])
        elif l.startswith("B "):
            out.append(" ・" + l[2:])
        elif l.startswith("K "):
            out.append(" ・" + l[2:]); tree[-1][1][-1][1].append(l[2:])
        elif l.startswith("P "):
            out += [" " + l[2:]]
        elif l.startswith("E "):
            out += ["", " " + l[2:]]
        if l[:2] in ("B ", "K ", "P ") : pass
    # blank line after each section body
    text = []
    for i, l in enumerate(out):
        text.append(l)
    body = "\n".join(text)
    body = body.replace("\n 1.", "\n\n 1.").replace("\n 2.", "\n\n 2.").replace("\n 3.", "\n\n 3.")
    k = ["", "【要点】", ""]
    for t, secs in tree:
        k += [" " + t, ""]
        for s, bs in secs:
            k += [" " + s, ""] + [" ・" + b for b in bs] + [""]
    url = h.get("cite_url", "https://" + h["domain"] + h["path"])
    date = h.get("cite_date", h["published"][:10].replace("-", "."))
    title = h.get("cite_title", h["title"])
    sep = "  " if " " in h["outlet"] else " "
    cite = ["【引用・参照・底本】", "", f"{title}{sep}{h['outlet']}{sep}{date}", "", url, ""]
    import re
    body = re.sub(r"\n{3,}", "\n\n", body)
    return (body.rstrip("\n") + "\n" + "\n".join(k) + "\n" + "\n".join(cite))


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for i, p in enumerate(specs):
        if names and p.stem not in names: continue
        h, b = parse(p)
        d = HERE / "cases" / p.stem; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(source_html(h, b["article"]), encoding="utf-8")
        (d / "digest.txt").write_text(digest(h, b["digest"], i), encoding="utf-8")
        f = [dict(zip(("kind", "severity", "span"), [x.strip() for x in l.split("|", 2)])) for l in b.get("findings", [])]
        (d / "expected.json").write_text(json.dumps({"clean": not f, "findings": f}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
