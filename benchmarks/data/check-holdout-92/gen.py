"""Generate cases/<name>/{source.html,digest.txt,expected.json} from specs/*.py.

Each spec module defines SPEC (page metadata and body paragraphs), DIGEST
(the hand-written Japanese digest) and FINDINGS (planted findings, [] if clean).
"""
import html
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).parent

PAGE = """<!DOCTYPE html>
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
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">
    <p>{cookie_e}</p>
    <button>OK</button>
  </div>
  <header class="masthead">
    <a class="brand" href="/">{outlet_e}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{section_e}</span>
      <h1>{title_e}</h1>
      <div class="byline"><span class="author">{author_e}</span> <time datetime="{published}">{shown_e}</time></div>
{body}
    </article>
    <aside class="related"><h2>{related_e}</h2><ul><li><a href="/more/1">{rel1_e}</a></li><li><a href="/more/2">{rel2_e}</a></li></ul></aside>
  </main>
  <footer><p>&copy; {year} {outlet_e}. {footer_e}</p></footer>
</body>
</html>
"""


DEFAULTS = {
    "en": dict(nav=["World", "Science", "Space", "Environment", "Opinion"], cookie="We use cookies to improve your experience. By continuing you accept our cookie policy.", footer="All rights reserved. Privacy | Terms | Contact", related="Related stories", rel1="More from Science", rel2="Most read"),
    "fr": dict(nav=["Monde", "Sciences", "Espace", "Planète", "Opinions"], cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.", footer="Tous droits réservés. Confidentialité | Mentions légales", related="À lire aussi", rel1="Plus de sciences", rel2="Les plus lus"),
    "de": dict(nav=["Welt", "Wissen", "Raumfahrt", "Umwelt", "Meinung"], cookie="Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Mit der Nutzung stimmen Sie zu.", footer="Alle Rechte vorbehalten. Datenschutz | Impressum", related="Mehr zum Thema", rel1="Weitere Wissen-Artikel", rel2="Meistgelesen"),
    "es": dict(nav=["Mundo", "Ciencia", "Espacio", "Medio ambiente", "Opinión"], cookie="Utilizamos cookies para mejorar su experiencia. Al continuar acepta nuestra política.", footer="Todos los derechos reservados. Privacidad | Aviso legal", related="Relacionados", rel1="Más ciencia", rel2="Lo más leído"),
    "ja": dict(nav=["国際", "科学", "宇宙", "環境", "オピニオン"], cookie="当サイトはサービス向上のためにクッキーを使用しています。閲覧を続けると同意したものとみなします。", footer="無断転載を禁じます。プライバシー | 利用規約", related="関連記事", rel1="科学の記事", rel2="よく読まれている記事"),
}


def build(spec):
    spec = {**DEFAULTS[spec["lang"]], **spec}
    e = html.escape
    body_text = "\n".join(spec["body"])
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": spec["title"], "datePublished": spec["published"],
        "author": {"@type": "Person", "name": spec["author"]},
        "publisher": {"@type": "Organization", "name": spec["outlet"]},
        "mainEntityOfPage": spec["url"]}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(spec["nav"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in spec["body"])
    return PAGE.format(
        lang=spec["lang"], title_e=e(spec["title"]), outlet_e=e(spec["outlet"]),
        desc_e=e(spec["body"][0][:150]), url=spec["url"], published=spec["published"],
        section_e=e(spec["section"]), author_e=e(spec["author"]), ld=ld,
        cookie_e=e(spec["cookie"]), nav=nav, shown_e=e(spec["shown"]), body=body,
        related_e=e(spec.get("related", "Related")), rel1_e=e(spec.get("rel1", "More stories")),
        rel2_e=e(spec.get("rel2", "Latest")), year=spec["published"][:4],
        footer_e=e(spec["footer"])), len(body_text)


def main():
    for path in sorted((HERE / "specs").glob("*.py")):
        mod = importlib.util.spec_from_file_location(path.stem, path)
        m = importlib.util.module_from_spec(mod)
        mod.loader.exec_module(m)
        out = HERE / "cases" / path.stem
        out.mkdir(parents=True, exist_ok=True)
        page, n = build(m.SPEC)
        (out / "source.html").write_text(page, encoding="utf-8")
        (out / "digest.txt").write_text(m.DIGEST.lstrip("\n"), encoding="utf-8")
        exp = {"clean": not m.FINDINGS,
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in m.FINDINGS]}
        (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.stem}: body {n} chars")


if __name__ == "__main__":
    main()
