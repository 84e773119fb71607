#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html; findings.json -> cases/<name>/expected.json.
digest.txt files are written by hand in cases/<name>/."""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {
    "en": (["World", "Politics", "Business", "Opinion", "Culture"], "Related", "We use cookies to improve your experience and to measure traffic. You can change your choices at any time.", "Accept all", "Reject", "About us", "Contact", "Privacy", "All rights reserved."),
    "fr": (["International", "Politique", "Économie", "Idées", "Culture"], "Sur le même sujet", "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Continuer sans accepter", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Ausland", "Meinung", "Kultur"], "Mehr zum Thema", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Ablehnen", "Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": (["Internacional", "Política", "Economía", "Opinión", "Cultura"], "Noticias relacionadas", "Utilizamos cookies propias y de terceros para analizar el tráfico y personalizar el contenido. Puede cambiar su configuración en cualquier momento.", "Aceptar", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": (["国内", "政治", "経済", "国際", "オピニオン"], "関連記事", "当サイトではサービス向上と利用状況の分析のためにクッキーを使用しています。設定はいつでも変更できます。", "同意する", "拒否する", "会社概要", "お問い合わせ", "プライバシーポリシー", "無断転載を禁じます。"),
}


def read_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "")
             for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    menu, rel, cookie, acc, rej, about, contact, priv, rights = NAV[lang]
    e = lambda s: html.escape(s, quote=True)
    sep = meta.get("sep", " - ")
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    related = meta.get("related", "").split(" | ")
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           f'  <title>{e(meta["title"])}{e(sep)}{e(meta["outlet"])}</title>',
           f'  <meta name="description" content="{e(desc)}">',
           f'  <link rel="canonical" href="{e(meta["url"])}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
           f'  <meta property="og:title" content="{e(meta["title"])}">',
           f'  <meta property="og:url" content="{e(meta["url"])}">',
           f'  <meta property="article:published_time" content="{e(meta["published"])}">',
           f'  <meta property="article:section" content="{e(meta.get("section", menu[1]))}">',
           f'  <meta name="author" content="{e(meta["author"])}">',
           '  <script src="/assets/consent.js" defer></script>',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body>',
           f'  <header class="masthead"><a href="/" class="logo">{e(meta["outlet"])}</a>\n    <nav><ul>'
           + "".join(f'<li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(menu)) + '</ul></nav></header>',
           '  <main>\n    <article>',
           f'      <p class="kicker">{e(meta.get("section", menu[1]))}</p>',
           f'      <h1>{e(meta["title"])}</h1>',
           f'      <p class="byline">{e(meta["author"])} · <time datetime="{e(meta["published"])}">{e(meta["dateline"])}</time></p>']
    out += [f'      <p>{e(p)}</p>' for p in paras]
    out += ['    </article>', f'    <aside class="related"><h2>{e(rel)}</h2><ul>']
    out += [f'      <li><a href="/r/{i}">{e(r)}</a></li>' for i, r in enumerate(related) if r]
    out += ['    </ul></aside>\n  </main>',
            f'  <div id="cookie-consent" role="dialog"><p>{e(cookie)}</p><button>{e(acc)}</button> <button>{e(rej)}</button></div>',
            f'  <footer><a href="/about">{e(about)}</a> · <a href="/contact">{e(contact)}</a> · <a href="/privacy">{e(priv)}</a>'
            f'<p>© {meta["published"][:4]} {e(meta["outlet"])}. {e(rights)}</p></footer>',
            '</body>\n</html>\n']
    return "\n".join(out)


def main():
    findings = json.loads((HERE / "findings.json").read_text(encoding="utf-8"))
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        meta, paras = read_spec(spec)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        f = findings.get(name, [])
        exp = {"clean": name.startswith("clean-"),
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in f]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
