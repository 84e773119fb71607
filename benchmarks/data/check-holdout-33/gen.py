#!/usr/bin/env python3
"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/<name>.txt.

Spec layout: "key: value" header lines, then sections introduced by
"---body---" (paragraphs separated by blank lines), "---digest---" (the
digest verbatim) and "---findings---" (one "kind|severity|span" per line).
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": (["World", "Politics", "Business", "Europe", "Asia", "Opinion"], "Subscribe",
           "We use cookies and similar technologies to measure our audience and personalise content. You can change your choices at any time.",
           "Accept all", "Reject", "About us", "Contact", "Terms", "Privacy", "All rights reserved.", "Most read"),
    "fr": (["Monde", "Politique", "Économie", "Europe", "International", "Débats"], "S'abonner",
           "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés.", "Les plus lus"),
    "de": (["Politik", "Ausland", "Wirtschaft", "Europa", "Meinung", "Wissen"], "Abonnieren",
           "Wir verwenden Cookies, um Reichweite zu messen und Inhalte zu personalisieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten.", "Meistgelesen"),
    "es": (["Internacional", "Política", "Economía", "Europa", "América", "Opinión"], "Suscríbete",
           "Utilizamos cookies para medir la audiencia y personalizar el contenido. Puede cambiar su elección en cualquier momento.",
           "Aceptar todo", "Rechazar", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados.", "Lo más leído"),
    "pt": (["Mundo", "Política", "Economia", "Europa", "África", "Opinião"], "Assinar",
           "Utilizamos cookies para medir a audiência e personalizar o conteúdo. Pode alterar as suas escolhas a qualquer momento.",
           "Aceitar tudo", "Rejeitar", "Quem somos", "Contacto", "Termos de uso", "Privacidade", "Todos os direitos reservados.", "Mais lidas"),
    "ja": (["国際", "政治", "経済", "社会", "アジア", "オピニオン"], "購読する",
           "当サイトでは閲覧状況の測定とコンテンツの最適化のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて許可", "拒否", "会社案内", "お問い合わせ", "利用規約", "プライバシー", "無断転載を禁じます。", "よく読まれている記事"),
}


def parse(path):
    meta, sections, cur = {}, {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("---") and line.endswith("---") and len(line) > 6:
            cur = line.strip("-")
            sections[cur] = []
            continue
        if cur is None:
            if line.strip():
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        else:
            sections[cur].append(line)
    body = "\n".join(sections["body"]).strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.split("\n\n") if p.strip()]
    digest = "\n".join(sections["digest"]).strip("\n") + "\n"
    findings = []
    for line in sections.get("findings", []):
        if line.strip():
            kind, sev, span = line.split("|", 2)
            findings.append({"kind": kind.strip(), "severity": sev.strip(), "span": span})
    return meta, paras, digest, findings


def page(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    nav, sub, cookie, acc, rej, about, contact, terms, privacy, rights, most = UI[lang]
    desc = paras[0][:150]
    url = meta["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": url}
    sep = meta.get("title_sep", " - ")
    year = meta["published"][:4]
    out = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", '<body class="article">',
        '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(meta["outlet"])}</a>',
        '    <nav class="primary-nav">', "      <ul>",
    ]
    out += [f'        <li><a href="/{e(n.lower())}/">{e(n)}</a></li>' for n in nav]
    out += ["      </ul>", "    </nav>", f'    <a class="subscribe" href="/subscribe/">{e(sub)}</a>', "  </header>",
            "  <main>", "    <article>", "      <header>",
            f'        <p class="kicker">{e(meta["section"])}</p>',
            f'        <h1>{e(meta["title"])}</h1>',
            f'        <p class="byline"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{meta["published"]}">{e(meta["dateline"])}</time></p>',
            "      </header>", '      <div class="article-body">']
    out += [f"        <p>{e(p)}</p>" for p in paras]
    out += ["      </div>", "    </article>", '    <aside class="related">', f"      <h2>{e(most)}</h2>",
            "      <ol>", '        <li><a href="/newsletter/">Newsletter</a></li>',
            '        <li><a href="/podcast/">Podcast</a></li>', "      </ol>", "    </aside>", "  </main>",
            '  <div id="cookie-consent" class="cookie-banner" role="dialog">',
            f"    <p>{e(cookie)}</p>",
            f'    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>',
            "  </div>", '  <footer class="site-footer">', "    <ul>",
            f'      <li><a href="/about/">{e(about)}</a></li>',
            f'      <li><a href="/contact/">{e(contact)}</a></li>',
            f'      <li><a href="/terms/">{e(terms)}</a></li>',
            f'      <li><a href="/privacy/">{e(privacy)}</a></li>',
            "    </ul>", f"    <p>&copy; {year} {e(meta['outlet'])}. {e(rights)}</p>", "  </footer>",
            "</body>", "</html>", ""]
    return "\n".join(out)


def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        name = sp.stem
        if names and name not in names:
            continue
        meta, paras, digest, findings = parse(sp)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(meta, paras), encoding="utf-8")
        (d / "digest.txt").write_text(digest, encoding="utf-8")
        exp = {"clean": not findings, "findings": findings}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", name)


if __name__ == "__main__":
    main(sys.argv[1:])
