#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html and expected.json.

Spec header lines "key: value" until a line "---", then paragraphs separated
by blank lines.  "finding: kind|severity|span|slip|correct" lines give the
planted findings (expected.json); digests are kept as cases/<name>/digest.txt.
"""
import html, json, pathlib, datetime

HERE = pathlib.Path(__file__).resolve().parent
LANG_UI = {
    "en": ("Home World Business Environment Science Opinion".split(), "Subscribe", "Most read", "Share this story",
           "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject non-essential", "About us", "Contact", "Terms", "Privacy", "All rights reserved."),
    "fr": ("Accueil Monde Économie Environnement Sciences Débats".split(), "S'abonner", "Les plus lus", "Partager",
           "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Tout refuser", "Qui sommes-nous", "Contact", "Conditions", "Confidentialité", "Tous droits réservés."),
    "de": ("Startseite Politik Wirtschaft Umwelt Wissen Meinung".split(), "Abo", "Meistgelesen", "Teilen",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Impressum", "Kontakt", "AGB", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Portada Internacional Economía Medio\u00a0ambiente Ciencia Opinión".split(), "Suscríbete", "Lo más leído", "Compartir",
           "Utilizamos cookies para personalizar contenidos y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados."),
    "ja": ("トップ 国内 経済 環境 科学 オピニオン".split(), "会員登録", "よく読まれている記事", "この記事を共有",
           "当サイトではサービス向上のためにクッキーを使用しています。設定はいつでも変更できます。",
           "同意する", "拒否する", "会社概要", "お問い合わせ", "利用規約", "プライバシー", "無断転載を禁じます。"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {"finding": [], "derived": [], "related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k in ("finding", "derived", "related"):
            meta[k].append(v)
        else:
            meta[k] = v
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    nav, sub, most, share, cookie, acc, rej, about, contact, terms, priv, rights = LANG_UI[lang]
    sep = " | " if meta.get("sep") == "|" else " - "
    pub = meta["published"]
    dt = datetime.datetime.fromisoformat(pub)
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    related = meta["related"] or ["Newsletter", "Podcast"]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])}{e(sep)}{e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(meta["url"])}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(meta["url"])}">',
        f'  <meta property="article:published_time" content="{e(pub)}">',
        f'  <meta property="article:section" content="{e(meta.get("section", "News"))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/static/css/site.css">',
        '  <script src="/static/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", '<body class="article-page">',
        '  <header class="top-bar">',
        f'    <a class="brand" href="/">{e(meta["outlet"])}</a>',
        '    <nav class="menu"><ul>',
        *[f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)],
        "    </ul></nav>",
        f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>',
        "  </header>",
        '  <main class="layout">',
        "    <article>",
        '      <div class="story-header">',
        f'        <span class="kicker">{e(meta.get("section", "News"))}</span>',
        f'        <h1 class="headline">{e(meta["title"])}</h1>',
        f'        <div class="meta"><span class="author">{e(meta["author"])}</span> <time datetime="{e(pub)}">{e(meta.get("dateline", dt.strftime("%Y-%m-%d %H:%M")))}</time></div>',
        "      </div>",
        '      <div class="story-body" itemprop="articleBody">',
        *[f"        <p>{e(p)}</p>" for p in paras],
        "      </div>",
        "    </article>",
        f'    <div class="share">{e(share)}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>',
        '    <aside class="sidebar">',
        f"      <h3>{e(most)}</h3>",
        "      <ol>",
        *[f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related)],
        "      </ol>",
        "    </aside>",
        "  </main>",
        '  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookies">',
        f"    <p>{e(cookie)}</p>",
        f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
        "  </div>",
        '  <footer class="site-footer">',
        f'    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/contact/">{e(contact)}</a></li><li><a href="/terms/">{e(terms)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>',
        f"    <p>&copy; {dt.year} {e(meta['outlet'])}. {e(rights)}</p>",
        "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        findings = []
        for f in meta["finding"]:
            kind, sev, span, *_ = [x.strip() for x in f.split("|")]
            findings.append({"kind": kind, "severity": sev, "span": span})
        exp = {"clean": not findings, "findings": findings}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "cases")


if __name__ == "__main__":
    main()
