"""Generate cases/ from the hand-written specs in specs/*.py (each defines CASES)."""
import html, json, importlib.util, pathlib, datetime

HERE = pathlib.Path(__file__).parent
CREDITS = ["国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成",
           "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"]
UI = {
 "en": (["World", "Business", "Markets", "Technology", "Opinion"], "Subscribe",
        "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
        "Accept all", "Reject non-essential", ["About us", "Contact", "Terms of use", "Privacy policy"], "All rights reserved.", "Most read"),
 "fr": (["Monde", "Économie", "Marchés", "Entreprises", "Opinions"], "S'abonner",
        "Nous utilisons des cookies pour personnaliser les contenus et les publicités et analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
        "Tout accepter", "Tout refuser", ["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Confidentialité"], "Tous droits réservés.", "Les plus lus"),
 "de": (["Politik", "Wirtschaft", "Finanzen", "Unternehmen", "Meinung"], "Abonnieren",
        "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unseren Datenverkehr zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        "Alle akzeptieren", "Nur notwendige", ["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz"], "Alle Rechte vorbehalten.", "Meistgelesen"),
 "es": (["Internacional", "Economía", "Mercados", "Empresas", "Opinión"], "Suscríbete",
        "Utilizamos cookies para personalizar contenidos y anuncios y analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.",
        "Aceptar todo", "Rechazar", ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"], "Todos los derechos reservados.", "Lo más leído"),
 "ja": (["国際", "経済", "マーケット", "企業", "オピニオン"], "購読する",
        "当サイトはコンテンツと広告の最適化、アクセス解析のためにクッキーを使用します。設定はいつでも変更できます。",
        "すべて許可", "必須のみ", ["会社概要", "お問い合わせ", "利用規約", "プライバシー"], "無断転載を禁じます。", "よく読まれている記事"),
}

def page(c):
    e = html.escape
    nav, sub, cookie, acc, rej, foot, rights, most = UI[c["lang"]]
    url = "https://" + c["domain"] + c["path"]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in c["paras"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                     "datePublished": c["pub"], "author": {"@type": "Person", "name": c["author"]},
                     "publisher": {"@type": "Organization", "name": c["outlet"]}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    desc = e(c["paras"][0][:150])
    navh = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    footh = "\n".join(f'      <li><a href="/p/{i}/">{e(n)}</a></li>' for i, n in enumerate(foot))
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(c['title'])} - {e(c['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(c['outlet'])}">
  <meta property="og:title" content="{e(c['title'])}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{c['pub']}">
  <meta property="article:section" content="{e(c['section'])}">
  <meta name="author" content="{e(c['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <nav class="top-bar">
    <a class="brand" href="/">{e(c['outlet'])}</a>
    <ul class="menu">
{navh}
    </ul>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </nav>
  <main class="layout">
    <article>
    <header class="story-header">
      <span class="kicker">{e(c['section'])}</span>
      <h1 class="headline">{e(c['title'])}</h1>
      <div class="meta"><span class="author">{e(c['author'])}</span> <time datetime="{c['pub']}">{e(c['display'])}</time></div>
    </header>
    <div class="story-body" itemprop="articleBody">
{body}
    </div>
    </article>
    <aside class="sidebar">
      <h3>{e(most)}</h3>
      <ol><li><a href="/more/0">Newsletter</a></li><li><a href="/more/1">Podcast</a></li></ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer class="site-footer">
    <ul>
{footh}
    </ul>
    <p>&copy; {c['pub'][:4]} {e(c['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""

def digest(c, i):
    url = c.get("cite_url") or "https://" + c["domain"] + c["path"]
    date = c.get("cite_date") or c["pub"][:10].replace("-", ".")
    out = [c["dtitle"] + c["stamp"], "", CREDITS[i % 2]]
    for line in c["digest"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        out.append(line if line.startswith("【") else " " + line)
        out.append("")
    out += ["【引用・参照・底本】", "", f"{c['title']} {c['outlet']} {date}", "", url, ""]
    # marker lines are followed by a blank line like the examples
    return "\n".join(out)

def main():
    cases, extra = [], {}
    for f in sorted((HERE / "specs").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        cases += m.CASES
        extra.update(getattr(m, "EXTRA", {}))
    for c in cases:
        c["paras"] = c["paras"] + extra.get(c["name"], [])
    for i, c in enumerate(cases):
        d = HERE / "cases" / c["name"]; d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(c), encoding="utf-8")
        (d / "digest.txt").write_text(digest(c, i), encoding="utf-8")
        fs = [{"kind": k, "severity": s, "span": sp} for k, s, sp, _ in c.get("findings", [])]
        (d / "expected.json").write_text(json.dumps({"clean": not fs, "findings": fs}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(cases), "cases")

if __name__ == "__main__":
    main()
