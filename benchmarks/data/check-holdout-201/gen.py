#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec: 'key: value' header lines, a line '---', then the article paragraphs
separated by blank lines. Keys: lang, outlet, domain, published (ISO with the
outlet's UTC offset), timelabel (as the outlet prints it), path, section,
author, title, description(optional).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": dict(nav=["World", "Environment", "Science", "Nature", "Climate", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               related="Related stories", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved.", share="Share this story"),
    "fr": dict(nav=["Monde", "Planète", "Sciences", "Nature", "Climat", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", manage="Paramétrer",
               related="À lire aussi", foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés.", share="Partager"),
    "de": dict(nav=["Politik", "Umwelt", "Wissen", "Natur", "Klima", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", manage="Einstellungen",
               related="Mehr zum Thema", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten.", share="Teilen"),
    "es": dict(nav=["Mundo", "Medio ambiente", "Ciencia", "Naturaleza", "Clima", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", manage="Configurar",
               related="Te puede interesar", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados.", share="Compartir"),
    "ja": dict(nav=["国内", "国際", "環境", "科学", "地域", "オピニオン"], sub="有料会員登録",
               cookie="当サイトでは、利便性向上と利用状況の分析のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="同意する", reject="拒否する", manage="設定",
               related="関連記事", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。", share="シェア"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    url = f"https://{meta['domain']}{meta['path']}"
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": meta["lang"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    related = meta.get("related", "").split("|") if meta.get("related") else []
    out = [
        "<!DOCTYPE html>", f'<html lang="{meta["lang"]}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(meta['title'])} | {e(meta['outlet'])}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(meta["outlet"])}">',
        f'  <meta property="og:title" content="{e(meta["title"])}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{e(meta["published"])}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>", '<body class="article">',
        '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(meta["outlet"])}</a>',
        '    <nav class="primary"><ul>',
    ]
    for i, n in enumerate(ui["nav"]):
        out.append(f'      <li><a href="/s{i}/">{e(n)}</a></li>')
    out += ["    </ul></nav>", f'    <a class="cta" href="/subscribe/">{e(ui["sub"])}</a>', "  </header>",
            '  <main class="content">', "    <article>",
            f'      <p class="kicker">{e(meta["section"])}</p>',
            f'      <h1>{e(meta["title"])}</h1>',
            f'      <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{e(meta["published"])}">{e(meta["timelabel"])}</time></p>',
            '      <div class="article-body" itemprop="articleBody">']
    for p in paras:
        if p.startswith("## "):
            out.append(f"        <h2>{e(p[3:])}</h2>")
        else:
            out.append(f"        <p>{e(p)}</p>")
    out += ["      </div>", f'      <div class="share">{e(ui["share"])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>',
            "    </article>", '    <aside class="related">', f"      <h3>{e(ui['related'])}</h3>", "      <ul>"]
    for i, r in enumerate(related):
        out.append(f'        <li><a href="/r/{i}">{e(r.strip())}</a></li>')
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="cookie-consent" class="consent" role="dialog">',
            f"    <p>{e(ui['cookie'])}</p>",
            f'    <button class="accept">{e(ui["accept"])}</button> <button class="reject">{e(ui["reject"])}</button> <a href="/privacy/">{e(ui["manage"])}</a>',
            "  </div>", '  <footer class="site-footer">', "    <ul>"]
    for i, f in enumerate(ui["foot"]):
        out.append(f'      <li><a href="/f{i}/">{e(f)}</a></li>')
    year = meta["published"][:4]
    out += ["    </ul>", f"    <p>&copy; {year} {e(meta['outlet'])}. {e(ui['rights'])}</p>", "  </footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main()
