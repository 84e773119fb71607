"""Build cases/<name>/{source.html,digest.txt,expected.json} from specs/<name>.txt.

Spec layout: header lines "key: value", then blocks "---body" (one paragraph
per line), "---digest" (compact lines, see CODES) and "---findings" (lines
"kind|severity|span"; none for clean cases).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).parent
CREDIT = "国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成"
LANGNAV = {
    "en": (["World", "Business", "Travel", "Health", "Opinion"], "Subscribe", "Share this story",
           "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
           "Accept all", "Reject", "About us", "Terms of use", "Privacy policy", "All rights reserved."),
    "fr": (["Monde", "Économie", "Voyage", "Santé", "Opinions"], "S'abonner", "Partager cet article",
           "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Refuser", "Qui sommes-nous", "Conditions d'utilisation", "Confidentialité", "Tous droits réservés."),
    "de": (["Welt", "Wirtschaft", "Reise", "Gesundheit", "Meinung"], "Abonnieren", "Artikel teilen",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "Alle akzeptieren", "Ablehnen", "Über uns", "Nutzungsbedingungen", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": (["Mundo", "Economía", "Viajes", "Salud", "Opinión"], "Suscribirse", "Compartir",
           "Usamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
           "Aceptar todo", "Rechazar", "Quiénes somos", "Aviso legal", "Privacidad", "Todos los derechos reservados."),
    "ja": (["国際", "経済", "旅行", "健康", "オピニオン"], "購読する", "この記事を共有",
           "当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。",
           "すべて許可", "拒否", "会社概要", "利用規約", "プライバシーポリシー", "無断転載を禁じます。"),
}


def parse(path):
    head, blocks, cur = {}, {"body": [], "digest": [], "findings": []}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("---"):
            cur = line[3:].strip(); continue
        if cur is None:
            if ":" in line:
                k, v = line.split(":", 1); head[k.strip()] = v.strip()
        elif line.strip():
            blocks[cur].append(line.rstrip())
    return head, blocks


def source_html(h, body):
    e = html.escape
    nav, sub, share, cookie, acc, rej, about, terms, priv, rights = LANGNAV[h["lang"]]
    url = f"https://{h['domain']}{h['path']}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": h["title"],
                     "datePublished": h["published"], "inLanguage": h["lang"],
                     "author": {"@type": "Person", "name": h["author"]},
                     "publisher": {"@type": "Organization", "name": h["outlet"]},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in body)
    menu = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    desc = e(body[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{h['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(h['title'])} - {e(h['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(h['outlet'])}">
  <meta property="og:title" content="{e(h['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{h['published']}">
  <meta property="article:section" content="{e(h['section'])}">
  <meta name="author" content="{e(h['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="brand" href="/">{e(h['outlet'])}</a>
    <nav><ul class="menu">
{menu}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(h['section'])}</span>
      <h1>{e(h['title'])}</h1>
      <div class="byline"><span class="author">{e(h['author'])}</span> <time datetime="{h['published']}">{h['published']}</time></div>
{paras}
    </article>
    <div class="share">{e(share)}: <a href="/share/mail">Email</a></div>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">{e(about)}</a></li><li><a href="/terms/">{e(terms)}</a></li><li><a href="/privacy/">{e(priv)}</a></li></ul>
    <p>&copy; {h['published'][:4]} {e(h['outlet'])}. {e(rights)}</p>
  </footer>
</body>
</html>
"""

# digest codes: H headline | L lead | HL highlight | CX context | C closing |
# DI detail intro | T topic | S section heading | P paragraph | B bullet |
# DC detail closing | KT/KS/KB key-point topic/section/bullet | CITE title line | URL


def digest(h, lines):
    out, sec, ksec, state = [], 0, 0, None
    for raw in lines:
        code, _, text = raw.partition(" ")
        if code == "H":
            out += [text + h["postdate"], "", CREDIT, "【概要】", ""]
        elif code == "L":
            out += [" " + text, ""]
        elif code == "HL":
            if state != "HL":
                out += [" 主なハイライト", ""]; state = "HL"
            out += [" " + text, ""]
        elif code == "CX":
            if state != "CX":
                out += [" 文脈", ""]; state = "CX"
            out += [" " + text, ""]
        elif code == "C":
            out += [" " + text, ""]
        elif code == "DI":
            out += ["【詳細】", "", " " + text, ""]
        elif code == "T":
            sec = 0; out += [" " + text, ""]
        elif code == "S":
            sec += 1; out += [f" {sec}.{text}", ""]
        elif code == "P":
            out += [" " + text, ""]
        elif code == "B":
            if out and out[-1] == "" and out[-2].startswith(" ・"):
                out.pop()
            out += [" ・" + text, ""]
        elif code == "DC":
            out += [" " + text, ""]
        elif code == "KT":
            if "【要点】" not in out:
                out += ["【要点】", ""]
            ksec = 0; out += [" " + text, ""]
        elif code == "KS":
            ksec += 1; out += [f" {ksec}.{text}", ""]
        elif code == "KB":
            if out and out[-1] == "" and out[-2].startswith(" ・"):
                out.pop()
            out += [" ・" + text, ""]
        elif code == "CITE":
            out += ["【引用・参照・底本】", "", text, ""]
        elif code == "URL":
            out += [text]
        else:
            sys.exit(f"bad code {code!r} in {h['name']}")
    return "\n".join(out) + "\n"


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        h, b = parse(spec)
        h["name"] = spec.stem
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(source_html(h, b["body"]), encoding="utf-8")
        (d / "digest.txt").write_text(digest(h, b["digest"]), encoding="utf-8")
        finds = [dict(zip(("kind", "severity", "span"), f.split("|", 2))) for f in b["findings"]]
        exp = {"clean": spec.stem.startswith("clean-"), "findings": finds}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("built", spec.stem)


if __name__ == "__main__":
    main()
