"""Build cases/<name>/{source.html,digest.txt,expected.json} from the case data
modules in this folder (data_*.py). Each data entry yields a clean case and an
err case (same source, digest with planted mistakes)."""
import html, json, os, re, sys, importlib.util, glob

HERE = os.path.dirname(os.path.abspath(__file__))

UI = {
    "en": ("Share this story", "Most read", "We use cookies to personalise content and to analyse our traffic.", "Accept all", "About us", "All rights reserved."),
    "fr": ("Partager cet article", "Les plus lus", "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.", "Tout accepter", "Qui sommes-nous", "Tous droits réservés."),
    "de": ("Artikel teilen", "Meistgelesen", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Impressum", "Alle Rechte vorbehalten."),
    "es": ("Compartir", "Lo más leído", "Utilizamos cookies para personalizar el contenido y analizar el tráfico.", "Aceptar todo", "Quiénes somos", "Todos los derechos reservados."),
    "it": ("Condividi", "I più letti", "Utilizziamo i cookie per personalizzare i contenuti e analizzare il traffico.", "Accetta tutto", "Chi siamo", "Tutti i diritti riservati."),
    "pt": ("Partilhar", "Mais lidas", "Utilizamos cookies para personalizar conteúdos e analisar o tráfego.", "Aceitar tudo", "Quem somos", "Todos os direitos reservados."),
    "ja": ("この記事をシェア", "よく読まれている記事", "当サイトはサービス向上のためクッキーを使用しています。", "同意する", "会社概要", "無断転載を禁じます。"),
}

def page(c):
    e = html.escape
    share, most, cookie, acc, about, rights = UI[c["lang"]]
    url = c["url"]
    desc = re.sub(r"<[^>]+>", "", c["paras"][0])[:150]
    body = "\n".join(p if p.startswith("<") else "      <p>%s</p>" % p for p in c["paras"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                     "datePublished": c["published"], "author": {"@type": "Person", "name": c["author"]},
                     "publisher": {"@type": "Organization", "name": c["outlet"]}, "mainEntityOfPage": url}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(c['title'])} - {e(c['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(c['outlet'])}">
  <meta property="og:title" content="{e(c['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{c['published']}">
  <meta property="article:section" content="{e(c['section'])}">
  <meta name="author" content="{e(c['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <div class="top-bar">
    <a class="brand" href="/">{e(c['outlet'])}</a>
    <ul class="menu"><li><a href="/news/">News</a></li><li><a href="/economy/">Economy</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li></ul>
  </div>
  <div class="layout">
    <div class="story-header">
      <span class="kicker">{e(c['section'])}</span>
      <h1 class="headline">{e(c['title'])}</h1>
      <div class="meta"><span class="author">{e(c['author'])}</span> <time datetime="{c['published']}">{e(c['time_display'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{body}
    </div>
    <div class="share">{share}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <div class="sidebar"><h3>{most}</h3><ol><li><a href="/more/0">Newsletter</a></li><li><a href="/more/1">Podcast</a></li></ol></div>
  </div>
  <div id="cookie-banner" class="consent" role="dialog"><p>{cookie}</p><button class="accept">{acc}</button></div>
  <footer class="site-footer"><ul><li><a href="/about/">{about}</a></li><li><a href="/privacy/">Privacy</a></li></ul><p>&copy; {c['published'][:4]} {e(c['outlet'])}. {rights}</p></footer>
</body>
</html>
"""

def write(d, name, src, digest, exp):
    p = os.path.join(HERE, "cases", name)
    os.makedirs(p, exist_ok=True)
    open(os.path.join(p, "source.html"), "w").write(src)
    open(os.path.join(p, "digest.txt"), "w").write(digest.strip("\n") + "\n")
    open(os.path.join(p, "expected.json"), "w").write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")

def build(c):
    src = page(c)
    write(HERE, "clean-" + c["slug"], src, c["digest"], {"clean": True, "findings": []})
    d = c["digest"]
    findings = []
    for old, new, kind, sev, span in c["errs"]:
        if old == "DROP":
            a = d.index(new); b = d.index("【引用・参照・底本】")
            d = d[:a] + d[b:]
        else:
            assert old in d, (c["slug"], old)
            d = d.replace(old, new)
        findings.append({"kind": kind, "severity": sev, "span": span})
    write(HERE, "err-" + c["slug"], src, d, {"clean": False, "findings": findings})

if __name__ == "__main__":
    ALL, EXTRA = [], {}
    for f in sorted(glob.glob(os.path.join(HERE, "data_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for c in m.CASES:
            ALL.append(c)
        EXTRA.update(getattr(m, "EXTRA", {}))
    for c in ALL:
        extra = EXTRA.get(c["slug"], [])
        if extra and extra[0].startswith("<h3>"):
            c["paras"] = c["paras"][:1] + extra + c["paras"][1:]
        else:
            c["paras"] = c["paras"][:-1] + extra + c["paras"][-1:]
        build(c)
    print("built")
