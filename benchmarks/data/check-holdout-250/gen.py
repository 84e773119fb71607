#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/{source.html,digest.txt,expected.json}.

Spec layout: header lines "key: value" (lang, outlet, url, published, title,
author, section), then "=== article" with blank-line separated paragraphs,
"=== digest" with the Japanese digest verbatim, "=== expected" with JSON.
"""
import html, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": (["World", "Politics", "Business", "Opinion", "Sport", "Culture"], "Subscribe",
           "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject non-essential", "Related stories", "About us", "Contact", "Terms of use", "Privacy policy", "All rights reserved."),
    "fr": (["Monde", "Politique", "Économie", "Idées", "Sport", "Culture"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Continuer sans accepter", "Sur le même sujet", "Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Meinung", "Regional", "Sport", "Kultur"], "Abo",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Nur notwendige", "Mehr zum Thema", "Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": (["Internacional", "Política", "Economía", "Opinión", "Deportes", "Cultura"], "Suscríbete",
           "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su configuración en cualquier momento.",
           "Aceptar todo", "Rechazar", "Noticias relacionadas", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados."),
    "ja": (["国内", "政治", "経済", "国際", "スポーツ", "文化"], "会員登録",
           "当サイトではサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
           "同意する", "拒否する", "関連記事", "会社案内", "お問い合わせ", "利用規約", "プライバシーポリシー", "無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("=== article\n", 1)
    art, rest = rest.split("=== digest\n", 1)
    dig, exp = rest.split("=== expected\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in art.strip().split("\n\n")]
    return meta, paras, dig.strip("\n") + "\n", json.loads(exp)


def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    nav, sub, cookie, acc, rej, rel, *foot = UI[meta["lang"]]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": meta["lang"]}
    base = meta["url"].split("/")[0] + "//" + meta["url"].split("/")[2]
    sep = " " + meta["sep"] + " " if "sep" in meta else " - "
    out = [f'<!DOCTYPE html>\n<html lang="{meta["lang"]}">\n<head>\n  <meta charset="utf-8">',
           '  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(meta["title"])}{sep}{e(meta["outlet"])}</title>',
           f'  <meta name="description" content="{e(desc)}">',
           f'  <link rel="canonical" href="{e(meta["url"])}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
           f'  <meta property="og:title" content="{e(meta["title"])}">',
           f'  <meta property="og:url" content="{e(meta["url"])}">',
           f'  <meta property="article:published_time" content="{meta["published"]}">',
           f'  <meta property="article:section" content="{e(meta["section"])}">',
           f'  <meta name="author" content="{e(meta["author"])}">',
           '  <link rel="stylesheet" href="/static/css/main.css">',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body>\n  <header class="masthead">',
           f'    <a class="logo" href="{base}/">{e(meta["outlet"])}</a>',
           '    <nav><ul>' + "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)) + '</ul></nav>',
           f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>\n  </header>',
           '  <main>\n    <article>',
           f'      <p class="kicker">{e(meta["section"])}</p>',
           f'      <h1>{e(meta["title"])}</h1>',
           f'      <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{meta["published"]}">{e(meta["dateline"])}</time></p>']
    out += [f'      <p>{e(p)}</p>' for p in paras]
    out += ['    </article>', f'    <aside class="related"><h2>{e(rel)}</h2><ul>',
            '      <li><a href="/archive/1">' + e(meta.get("rel1", "Archive")) + '</a></li>',
            '      <li><a href="/archive/2">' + e(meta.get("rel2", "Live")) + '</a></li>',
            '    </ul></aside>\n  </main>',
            f'  <div id="cookie-banner" role="dialog"><p>{e(cookie)}</p><button>{e(acc)}</button> <button>{e(rej)}</button></div>',
            '  <footer><ul>' + "".join(f'<li><a href="/f{i}/">{e(f)}</a></li>' for i, f in enumerate(foot[:4])) + '</ul>',
            f'  <p>&copy; {meta["published"][:4]} {e(meta["outlet"])}. {e(foot[4])}</p></footer>',
            '</body>\n</html>\n']
    return "\n".join(out)


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras, digest, exp = parse_spec(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        (d / "digest.txt").write_text(digest, encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "cases")


if __name__ == "__main__":
    main()
