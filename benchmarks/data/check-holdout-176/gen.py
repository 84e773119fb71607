#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec: 'key: value' header lines, a line '---', then one paragraph per line
(blank lines ignored). Keys: outlet, domain, lang, published (ISO with offset),
section, author, path, title, timetext, desc (optional).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": (["World", "Business", "Industry", "Energy", "Climate", "Opinion"], "Subscribe",
           "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject", "Related stories", "About us", "Contact", "Terms", "Privacy", "All rights reserved."),
    "fr": (["Monde", "Économie", "Industrie", "Énergie", "Climat", "Opinions"], "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "À lire aussi", "Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité", "Tous droits réservés."),
    "de": (["Politik", "Wirtschaft", "Industrie", "Energie", "Klima", "Meinung"], "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Mehr zum Thema", "Über uns", "Kontakt", "AGB", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": (["Mundo", "Economía", "Industria", "Energía", "Clima", "Opinión"], "Suscríbete",
           "Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.",
           "Aceptar todo", "Rechazar", "Noticias relacionadas", "Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Todos los derechos reservados."),
    "ja": (["国際", "経済", "産業", "エネルギー", "環境", "オピニオン"], "購読する",
           "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "すべて許可", "拒否", "関連記事", "会社概要", "お問い合わせ", "利用規約", "プライバシー", "無断転載を禁じます。"),
}

def build(spec: pathlib.Path) -> str:
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    m = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            m[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    nav, sub, cookie, acc, rej, rel, *foot, rights = UI[m["lang"]]
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{m['domain']}{m['path']}"
    desc = m.get("desc") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": m["lang"]}
    related = [r.split("|") for r in m.get("related", "").split(";;") if r.strip()]
    out = [f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{m['published']}">
  <meta property="article:section" content="{e(m['section'])}">
  <meta name="author" content="{e(m['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article">
  <header class="masthead">
    <a class="logo" href="/">{e(m['outlet'])}</a>
    <nav><ul>"""]
    out += [f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav)]
    out.append(f"""    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{e(m['section'])}</p>
      <h1>{e(m['title'])}</h1>
      <p class="byline"><span class="author">{e(m['author'])}</span> <time datetime="{m['published']}">{e(m['timetext'])}</time></p>
      <div class="article-body">""")
    out += [f"        <p>{e(p)}</p>" for p in paras]
    out.append(f"""      </div>
    </article>
    <aside class="related">
      <h2>{e(rel)}</h2>
      <ul>""")
    out += [f'        <li><a href="{e(u)}">{e(t)}</a></li>' for t, u in related]
    out.append(f"""      </ul>
    </aside>
  </main>
  <div id="cookie-consent" role="dialog">
    <p>{e(cookie)}</p>
    <button>{e(acc)}</button> <button>{e(rej)}</button>
  </div>
  <footer>
    <ul>""")
    out += [f'      <li><a href="/page/{i}/">{e(f)}</a></li>' for i, f in enumerate(foot)]
    out.append(f"""    </ul>
    <p>&copy; {m['published'][:4]} {e(m['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
""")
    return "\n".join(out)

def main(names):
    specs = sorted((HERE / "specs").glob("*.txt"))
    for s in specs:
        if names and s.stem not in names:
            continue
        d = HERE / "cases" / s.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(s), encoding="utf-8")
        print("wrote", d / "source.html")

if __name__ == "__main__":
    main(sys.argv[1:])
