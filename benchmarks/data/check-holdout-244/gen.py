#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (fictional news pages)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
 "en": dict(nav=["World","Business","Shipping","Ports","Markets","Opinion"], sub="Subscribe",
   cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
   acc="Accept all", rej="Reject non-essential", man="Manage preferences", rel="Related", share="Share this story",
   foot=["About us","Contact","Terms of use","Privacy policy"], rights="All rights reserved."),
 "fr": dict(nav=["International","Économie","Maritime","Ports","Marchés","Opinions"], sub="S'abonner",
   cookie="Nous utilisons des cookies pour personnaliser les contenus et les annonces et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
   acc="Tout accepter", rej="Tout refuser", man="Paramétrer", rel="À lire aussi", share="Partager",
   foot=["Qui sommes-nous","Contact","Mentions légales","Confidentialité"], rights="Tous droits réservés."),
 "de": dict(nav=["Politik","Wirtschaft","Schifffahrt","Häfen","Börse","Meinung"], sub="Abonnieren",
   cookie="Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
   acc="Alle akzeptieren", rej="Nur notwendige", man="Einstellungen", rel="Mehr zum Thema", share="Artikel teilen",
   foot=["Impressum","Kontakt","AGB","Datenschutz"], rights="Alle Rechte vorbehalten."),
 "es": dict(nav=["Internacional","Economía","Marítimo","Puertos","Mercados","Opinión"], sub="Suscríbete",
   cookie="Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
   acc="Aceptar todo", rej="Rechazar", man="Configurar", rel="Relacionadas", share="Compartir",
   foot=["Quiénes somos","Contacto","Aviso legal","Privacidad"], rights="Todos los derechos reservados."),
 "ja": dict(nav=["国際","経済","海運","港湾","市況","オピニオン"], sub="購読する",
   cookie="当サイトではサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
   acc="すべて許可", rej="必要なもののみ", man="設定", rel="関連記事", share="この記事を共有",
   foot=["会社概要","お問い合わせ","利用規約","プライバシーポリシー"], rights="無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = " %s " % meta["sep"] if "sep" in meta else " - "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    rel = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = [f'<!DOCTYPE html>\n<html lang="{meta["lang"]}">\n<head>',
      '  <meta charset="utf-8">',
      '  <meta name="viewport" content="width=device-width, initial-scale=1">',
      f'  <title>{e(title)}{e(sep)}{e(outlet)}</title>',
      f'  <meta name="description" content="{e(desc)}">',
      f'  <link rel="canonical" href="{e(url)}">',
      '  <meta property="og:type" content="article">',
      f'  <meta property="og:site_name" content="{e(outlet)}">',
      f'  <meta property="og:title" content="{e(title)}">',
      f'  <meta property="og:description" content="{e(desc)}">',
      f'  <meta property="og:url" content="{e(url)}">',
      f'  <meta property="article:published_time" content="{e(meta["published"])}">',
      f'  <meta property="article:section" content="{e(meta["section"])}">',
      f'  <meta name="author" content="{e(meta["author"])}">',
      '  <link rel="stylesheet" href="/assets/css/main.css">',
      '  <script src="/assets/js/consent.js" defer></script>',
      f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
      '</head>', '<body class="article">', '  <header class="masthead">',
      f'    <a class="logo" href="/">{e(outlet)}</a>', '    <nav><ul>']
    out += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"])]
    out += ['    </ul></nav>', f'    <a class="cta" href="/subscribe/">{e(ui["sub"])}</a>', '  </header>',
      '  <main>', '    <article>', '      <header>',
      f'        <p class="kicker">{e(meta["section"])}</p>',
      f'        <h1>{e(title)}</h1>',
      f'        <p class="byline"><span class="author">{e(meta["author"])}</span> <time datetime="{e(meta["published"])}">{e(meta["display"])}</time></p>',
      '      </header>', '      <div class="article-body">']
    out += [f'        <p>{e(p)}</p>' for p in paras]
    out += ['      </div>', f'      <div class="share">{e(ui["share"])}: <a href="/share/mail">Email</a> <a href="/share/x">X</a></div>',
      '    </article>', '    <aside class="related">', f'      <h2>{e(ui["rel"])}</h2>', '      <ul>']
    out += [f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(rel)]
    out += ['      </ul>', '    </aside>', '  </main>',
      '  <div id="cookie-banner" class="consent" role="dialog">', f'    <p>{e(ui["cookie"])}</p>',
      f'    <button>{e(ui["acc"])}</button> <button>{e(ui["rej"])}</button> <a href="/privacy/">{e(ui["man"])}</a>',
      '  </div>', '  <footer class="site-footer">', '    <ul>']
    out += [f'      <li><a href="/f/{i}/">{e(f)}</a></li>' for i, f in enumerate(ui["foot"])]
    out += ['    </ul>', f'    <p>&copy; {meta["published"][:4]} {e(outlet)}. {e(ui["rights"])}</p>', '  </footer>', '</body>', '</html>', '']
    return "\n".join(out)

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        if names and sp.stem not in names:
            continue
        meta, paras = parse(sp)
        d = HERE / "cases" / sp.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main(sys.argv[1:])
