#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

Spec format: 'key: value' header lines, a line '---', then one paragraph per
line of article text (a line starting with '## ' becomes a subheading).
Keys: outlet, url, lang, published (ISO with the outlet's UTC offset),
author, section, title, shown (the byline time as the outlet prints it),
description.
"""
import html, json, pathlib, sys

UI = {
    "en": ("Home World Business Climate Money Opinion", "We use cookies to improve your experience and to show you relevant ads. Manage your choices in Privacy settings.", "Accept all", "Reject", "Related stories", "About us|Contact|Terms|Privacy", "All rights reserved.", "Share", "Most read"),
    "fr": ("Accueil International Économie Planète Argent Débats", "Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées. Paramétrez vos choix à tout moment.", "Tout accepter", "Continuer sans accepter", "À lire aussi", "Qui sommes-nous|Contact|CGU|Confidentialité", "Tous droits réservés.", "Partager", "Les plus lus"),
    "de": ("Startseite Politik Wirtschaft Wissen Finanzen Meinung", "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Ihre Einstellungen können Sie jederzeit ändern.", "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Impressum|Kontakt|AGB|Datenschutz", "Alle Rechte vorbehalten.", "Teilen", "Meistgelesen"),
    "es": ("Portada Internacional Economía Clima Dinero Opinión", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad. Puede cambiar la configuración en cualquier momento.", "Aceptar todo", "Rechazar", "Noticias relacionadas", "Quiénes somos|Contacto|Aviso legal|Privacidad", "Todos los derechos reservados.", "Compartir", "Lo más leído"),
    "ja": ("トップ 国際 経済 社会 マネー オピニオン", "当サイトはサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。", "同意する", "拒否する", "関連記事", "会社概要|お問い合わせ|利用規約|プライバシー", "無断転載を禁じます。", "共有", "よく読まれている記事"),
}

def render(spec: dict, paras: list) -> str:
    e = lambda s: html.escape(s, quote=True)
    nav, cookie, acc, rej, related, foot, rights, share, most = UI[spec["lang"]]
    outlet, title, url = spec["outlet"], spec["title"], spec["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": spec["published"], "author": {"@type": "Person", "name": spec["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": spec["lang"]}
    base = url.split("/", 3)
    root = base[0] + "//" + base[2]
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            body.append(f"      <p>{e(p)}</p>")
    rel = spec.get("related", "").split("|") if spec.get("related") else []
    rel_html = "\n".join(f'        <li><a href="{root}/more/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    menu = "\n".join(f'      <li><a href="/{w.lower()}/">{e(w)}</a></li>' for w in nav.split())
    foot_html = "\n".join(f'      <li><a href="/p/{i}">{e(x)}</a></li>' for i, x in enumerate(foot.split("|")))
    desc = spec.get("description") or paras[0][:160]
    return f"""<!DOCTYPE html>
<html lang="{spec['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{spec['published']}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{menu}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(spec['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(spec['author'])}</span> <time datetime="{spec['published']}">{e(spec['shown'])}</time></p>
{chr(10).join(body)}
    </article>
    <div class="share">{e(share)}: <a href="/share/mail">Mail</a> <a href="/share/x">X</a></div>
    <aside class="related">
      <h3>{e(related)}</h3>
      <ul>
{rel_html}
      </ul>
      <h3>{e(most)}</h3>
    </aside>
  </main>
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>{e(cookie)}</p>
    <button>{e(acc)}</button> <button>{e(rej)}</button>
  </div>
  <footer>
    <ul>
{foot_html}
    </ul>
    <p>&copy; {spec['published'][:4]} {e(outlet)}. {e(rights)}</p>
  </footer>
</body>
</html>
"""

def load(path: pathlib.Path):
    head, _, text = path.read_text(encoding="utf-8").partition("\n---\n")
    spec = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            spec[k.strip()] = v.strip()
    paras = [l.strip() for l in text.splitlines() if l.strip()]
    return spec, paras

def main(argv):
    here = pathlib.Path(__file__).parent
    specs = sorted((here / "specs").glob("*.txt"))
    for s in specs:
        if argv[1:] and s.stem not in argv[1:]:
            continue
        spec, paras = load(s)
        out = here / "cases" / s.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(spec, paras), encoding="utf-8")
        words = sum(len(p.split()) for p in paras) if spec["lang"] != "ja" else sum(len(p) for p in paras)
        print(f"{s.stem}: {spec['lang']} {words} {'chars' if spec['lang']=='ja' else 'words'}")

if __name__ == "__main__":
    main(sys.argv)
