"""Generate cases/ from specs/*.py (each defines SPEC). Each spec yields one
clean case and one err case: the err digest is the clean digest with the
planted edits applied (each edit: old text, new text, kind, severity, span)."""
import html, json, importlib.util, pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Markets", "Economy", "Opinion"],
       "fr": ["Monde", "Économie", "Marchés", "Entreprises", "Opinions"],
       "de": ["Politik", "Wirtschaft", "Finanzen", "Unternehmen", "Meinung"],
       "es": ["Mundo", "Economía", "Mercados", "Empresas", "Opinión"],
       "pt": ["Mundo", "Economia", "Mercados", "Empresas", "Opinião"],
       "ja": ["国際", "経済", "マーケット", "企業", "オピニオン"]}
COOKIE = {"en": "We use cookies to personalise content and analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
          "pt": "Usamos cookies para personalizar o conteúdo e analisar o tráfego. Você pode alterar suas escolhas a qualquer momento.",
          "ja": "当サイトはクッキーを使用して、コンテンツの最適化とアクセス解析を行っています。設定はいつでも変更できます。"}
FOOT = {"en": ["About us", "Contact", "Terms of use", "Privacy"], "fr": ["À propos", "Contact", "Conditions", "Confidentialité"],
        "de": ["Über uns", "Kontakt", "AGB", "Datenschutz"], "es": ["Quiénes somos", "Contacto", "Términos", "Privacidad"],
        "pt": ["Sobre nós", "Contato", "Termos", "Privacidade"], "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシー"]}


def page(s):
    e = html.escape
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
                     "datePublished": s["published"], "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": s["outlet"]},
                     "mainEntityOfPage": s["url"]}, ensure_ascii=False)
    lang = s["lang"]
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in s["body"])
    nav = "\n".join(f'        <li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    foot = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(FOOT[lang]))
    desc = e(s["body"][0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(s['title'])} - {e(s['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(s['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(s['outlet'])}">
  <meta property="og:title" content="{e(s['title'])}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{e(s['url'])}">
  <meta property="article:published_time" content="{s['published']}">
  <meta property="article:section" content="{e(s['section'])}">
  <meta name="author" content="{e(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <header class="masthead">
    <a class="brand" href="/">{e(s['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(s['title'])}</h1>
      <div class="byline"><span class="author">{e(s['author'])}</span> <time datetime="{s['published']}">{e(s['dateline'])}</time></div>
{paras}
    </article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/more/1">Newsletter</a></li></ul></aside>
  </main>
  <div id="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {s['published'][:4]} {e(s['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main():
    out = HERE / "cases"
    for f in sorted((HERE / "specs").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        s = m.SPEC
        clean = s["digest"].strip("\n") + "\n"
        err = clean
        findings = []
        for old, new, kind, sev, span in s["edits"]:
            assert err.count(old) >= 1, (f.stem, old)
            err = err.replace(old, new)
            findings.append({"kind": kind, "severity": sev, "span": span})
        for name, dig, fnd in ((s["clean_name"], clean, []), (s["err_name"], err, findings)):
            d = out / name
            d.mkdir(parents=True, exist_ok=True)
            (d / "source.html").write_text(page(s), encoding="utf-8")
            (d / "digest.txt").write_text(dig, encoding="utf-8")
            (d / "expected.json").write_text(json.dumps({"clean": not fnd, "findings": fnd}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
