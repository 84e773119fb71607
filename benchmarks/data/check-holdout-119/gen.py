#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-119)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
CHROME = {
    "en": dict(menu=["World", "Business", "Energy", "Climate", "Markets", "Opinion"], sub="Subscribe",
               cookie="We use cookies and similar technologies to personalise content and measure traffic. You can change your choices at any time in Privacy settings.",
               acc="Accept all", rej="Reject non-essential", man="Manage preferences", related="Related stories",
               share="Share this story", foot=["About us", "Contact", "Terms of use", "Privacy policy"], rights="All rights reserved."),
    "fr": dict(menu=["Monde", "Économie", "Énergie", "Climat", "Marchés", "Opinions"], sub="S'abonner",
               cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               acc="Tout accepter", rej="Tout refuser", man="Paramétrer", related="À lire aussi",
               share="Partager cet article", foot=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"], rights="Tous droits réservés."),
    "de": dict(menu=["Politik", "Wirtschaft", "Energie", "Klima", "Märkte", "Meinung"], sub="Abonnieren",
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und die Nutzung zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", related="Mehr zum Thema",
               share="Artikel teilen", foot=["Impressum", "Kontakt", "AGB", "Datenschutz"], rights="Alle Rechte vorbehalten."),
    "es": dict(menu=["Internacional", "Economía", "Energía", "Clima", "Mercados", "Opinión"], sub="Suscríbete",
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               acc="Aceptar todo", rej="Rechazar", man="Configurar", related="Noticias relacionadas",
               share="Compartir", foot=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], rights="Todos los derechos reservados."),
    "ja": dict(menu=["国際", "経済", "エネルギー", "環境", "マーケット", "オピニオン"], sub="購読する",
               cookie="当サイトでは、コンテンツの最適化とアクセス解析のためにCookieを使用しています。設定はいつでも変更できます。",
               acc="すべて許可", rej="必要なもののみ", man="設定を変更", related="関連記事",
               share="この記事を共有", foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"], rights="無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    c = CHROME[meta["lang"]]
    url = "https://" + meta["domain"] + meta["path"]
    t, o = meta["title"], meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": o}, "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = [
        "<!DOCTYPE html>", f'<html lang="{meta["lang"]}">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(t)} {meta.get('sep', '-')} {e(o)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(o)}">',
        f'  <meta property="og:title" content="{e(t)}">',
        f'  <meta property="og:description" content="{e(desc)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{meta["published"]}">',
        f'  <meta property="article:section" content="{e(meta["section"])}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/css/main.css">',
        '  <script src="/assets/js/consent.js" defer></script>',
        '  <script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head>", '<body class="article">', '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(o)}</a>', '    <nav class="main-nav"><ul>',
    ]
    for m in c["menu"]:
        out.append(f'      <li><a href="/{e(m.lower())}/">{e(m)}</a></li>')
    out += ["    </ul></nav>", f'    <a class="cta" href="/subscribe/">{e(c["sub"])}</a>', "  </header>",
            '  <main class="page">', "    <article>", '      <header class="article-head">',
            f'        <p class="section">{e(meta["section"])}</p>',
            f'        <h1>{e(t)}</h1>',
            f'        <p class="byline"><span class="author">{e(meta["author"])}</span> '
            f'<time datetime="{meta["published"]}">{e(meta["timestr"])}</time></p>',
            "      </header>", '      <div class="article-body">']
    for p in paras:
        if p.startswith("## "):
            out.append(f"        <h2>{e(p[3:])}</h2>")
        else:
            out.append(f"        <p>{e(p)}</p>")
    out += ["      </div>", f'      <div class="share">{e(c["share"])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>',
            "    </article>", '    <aside class="related">', f"      <h3>{e(c['related'])}</h3>", "      <ul>"]
    for i, r in enumerate(related):
        out.append(f'        <li><a href="/story/{i + 101}">{e(r)}</a></li>')
    out += ["      </ul>", "    </aside>", "  </main>",
            '  <div id="consent" class="cookie-banner" role="dialog">', f"    <p>{e(c['cookie'])}</p>",
            f'    <button class="ok">{e(c["acc"])}</button> <button class="no">{e(c["rej"])}</button> <a href="/privacy/">{e(c["man"])}</a>',
            "  </div>", '  <footer class="site-footer">', "    <ul>"]
    for f in c["foot"]:
        out.append(f'      <li><a href="/{e(f.lower().replace(" ", "-"))}/">{e(f)}</a></li>')
    out += ["    </ul>", f"    <p>&copy; {meta['published'][:4]} {e(o)}. {e(c['rights'])}</p>", "  </footer>", "</body>", "</html>", ""]
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
