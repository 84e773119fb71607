"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/*.txt.

Spec format (one or more cases per file):
=== <case-name>
key: value            (outlet, title, url, published, lang, section, author, timetext, desc)
--- body
paragraphs separated by blank lines; '## ' -> <h2>, lines starting '- ' -> <ul><li>,
'> ' -> <blockquote>
--- digest
house-format text (written verbatim)
--- expected
kind|severity|span     (one per line; none for clean cases)
"""
import html, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent

TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title_e} - {outlet_e}</title>
  <meta name="description" content="{desc_e}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{outlet_e}">
  <meta property="og:title" content="{title_e}">
  <meta property="og:description" content="{desc_e}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <meta property="article:section" content="{section_e}">
  <meta name="author" content="{author_e}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{outlet_e}</a>
    <nav>
      <ul class="menu">
        {nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{subscribe}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{section_e}</span>
        <h1 class="headline">{title_e}</h1>
        <div class="meta"><span class="author">{author_e}</span> <time datetime="{published}">{timetext_e}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="sidebar">
      <h3>{mostread}</h3>
      <ol>
        <li><a href="/more/1">{side1}</a></li>
        <li><a href="/more/2">{side2}</a></li>
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{cookie}</p>
    <button class="accept">{accept}</button>
  </div>
  <footer class="site-footer">
    <p>&copy; {year} {outlet_e}. {rights}</p>
  </footer>
</body>
</html>
"""

LOCALE = {
    "en": dict(nav=["World", "Business", "Science", "Sport", "Culture", "Opinion"], subscribe="Subscribe",
               mostread="Most read", side1="Newsletter: the day's main stories", side2="Podcast: the week in review",
               cookie="We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
               accept="Accept all", rights="All rights reserved."),
    "fr": dict(nav=["International", "Économie", "Sciences", "Sport", "Culture", "Débats"], subscribe="S'abonner",
               mostread="Les plus lus", side1="Newsletter : l'essentiel de l'actualité", side2="Podcast : la semaine en revue",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
               accept="Tout accepter", rights="Tous droits réservés."),
    "de": dict(nav=["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"], subscribe="Abonnieren",
               mostread="Meistgelesen", side1="Newsletter: Der Tag kompakt", side2="Podcast: Die Woche im Rückblick",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
               accept="Alle akzeptieren", rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"], subscribe="Suscríbete",
               mostread="Lo más leído", side1="Boletín: las claves del día", side2="Pódcast: la semana en resumen",
               cookie="Utilizamos cookies para personalizar el contenido y analizar el tráfico.",
               accept="Aceptar todo", rights="Todos los derechos reservados."),
    "it": dict(nav=["Esteri", "Economia", "Scienza", "Sport", "Cultura", "Opinioni"], subscribe="Abbonati",
               mostread="I più letti", side1="Newsletter: le notizie del giorno", side2="Podcast: la settimana",
               cookie="Utilizziamo i cookie per personalizzare i contenuti e analizzare il traffico.",
               accept="Accetta tutti", rights="Tutti i diritti riservati."),
    "pt": dict(nav=["Mundo", "Economia", "Ciência", "Desporto", "Cultura", "Opinião"], subscribe="Assinar",
               mostread="Mais lidas", side1="Newsletter: o essencial do dia", side2="Podcast: a semana",
               cookie="Utilizamos cookies para personalizar conteúdos e analisar o tráfego.",
               accept="Aceitar todos", rights="Todos os direitos reservados."),
    "ja": dict(nav=["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"], subscribe="購読する",
               mostread="よく読まれている記事", side1="ニュースレター:今日の主なニュース", side2="ポッドキャスト:1週間を振り返る",
               cookie="当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。",
               accept="すべて許可", rights="無断転載を禁じます。"),
}


def render_body(text):
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [l for l in block.splitlines() if l.strip()]
        if all(l.startswith("- ") for l in lines):
            out.append("        <ul>\n" + "\n".join(
                f"          <li>{html.escape(l[2:])}</li>" for l in lines) + "\n        </ul>")
        elif lines[0].startswith("## "):
            out.append(f"        <h2>{html.escape(lines[0][3:])}</h2>")
            if len(lines) > 1:
                out.append(f"        <p>{html.escape(' '.join(lines[1:]))}</p>")
        elif lines[0].startswith("> "):
            out.append(f"        <blockquote><p>{html.escape(' '.join(l[2:] for l in lines))}</p></blockquote>")
        else:
            sep = "" if any("\u3040" <= ch <= "\u30ff" for ch in block) else " "
            out.append(f"        <p>{html.escape(sep.join(l.strip() for l in lines))}</p>")
    return "\n".join(out)


def parse_specs(path):
    cases = []
    for chunk in re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        name, rest = chunk.split("\n", 1)
        head, rest = rest.split("--- body\n", 1)
        body, rest = rest.split("--- digest\n", 1)
        digest, exp = rest.split("--- expected\n", 1)
        meta = {}
        for line in head.splitlines():
            if line.strip():
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        findings = []
        for line in exp.splitlines():
            if line.strip():
                kind, sev, span = line.split("|", 2)
                findings.append({"kind": kind, "severity": sev, "span": span})
        cases.append((name.strip(), meta, body, digest.strip("\n") + "\n", findings))
    return cases


def build(setdir):
    n = 0
    for spec in sorted((setdir / "specs").glob("*.txt")):
        for name, m, body, digest, findings in parse_specs(spec):
            lang = m.get("lang", "en")
            loc = LOCALE[lang]
            plain = re.sub(r"^(## |- |> )", "", body.strip(), flags=re.M)
            desc = m.get("desc") or re.sub(r"\s+", " ", plain.split("\n\n")[0])[:150]
            ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
                             "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
                             "publisher": {"@type": "Organization", "name": m["outlet"]},
                             "mainEntityOfPage": m["url"]}, ensure_ascii=False)
            page = TEMPLATE.format(
                lang=lang, title_e=html.escape(m["title"]), outlet_e=html.escape(m["outlet"]),
                desc_e=html.escape(desc), url=html.escape(m["url"]), published=m["published"],
                section_e=html.escape(m["section"]), author_e=html.escape(m["author"]), ld=ld,
                nav="\n        ".join(f'<li><a href="/{i}/">{html.escape(x)}</a></li>' for i, x in enumerate(loc["nav"])),
                subscribe=html.escape(loc["subscribe"]), timetext_e=html.escape(m["timetext"]),
                body=render_body(body), mostread=html.escape(loc["mostread"]), side1=html.escape(loc["side1"]),
                side2=html.escape(loc["side2"]), cookie=html.escape(loc["cookie"]), accept=html.escape(loc["accept"]),
                year=m["published"][:4], rights=html.escape(loc["rights"]))
            d = setdir / "cases" / name
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(page, encoding="utf-8")
            (d / "digest.txt").write_text(digest, encoding="utf-8")
            exp = {"clean": not findings, "findings": findings}
            (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            n += 1
    print(f"built {n} cases in {setdir}")


if __name__ == "__main__":
    build(pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE)
