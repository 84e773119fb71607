#!/usr/bin/env python3
"""Build cases/<name>/source.html and expected.json from specs/<name>.txt.

digest.txt files are written by hand and kept as they are.
Run from anywhere: python3 benchmarks/data/check-holdout-265/gen.py
"""
import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(home="Home", nav=["World", "Politics", "Defence", "Business", "Opinion"],
               cookie="We use cookies to improve your experience and to show relevant adverts. You can change your choices at any time.",
               accept="Accept all", reject="Reject", related="Related stories", by="By",
               rel=["Analysis: what the new budget means for the armed forces", "Opinion: the cost of readiness",
                    "Live: the week in security and diplomacy"],
               foot="All rights reserved.", about="About us", contact="Contact", privacy="Privacy policy",
               newsletter="Sign up for our morning briefing"),
    "fr": dict(home="Accueil", nav=["International", "Politique", "Défense", "Économie", "Opinions"],
               cookie="Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi", by="Par",
               rel=["Analyse : ce que change le nouveau budget des armées", "Tribune : le prix de la sécurité",
                    "En direct : la semaine diplomatique"],
               foot="Tous droits réservés.", about="Qui sommes-nous", contact="Contact", privacy="Confidentialité",
               newsletter="Inscrivez-vous à notre lettre du matin"),
    "de": dict(home="Startseite", nav=["Politik", "Ausland", "Wirtschaft", "Meinung", "Regional"],
               cookie="Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis und passende Werbung zu bieten.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema", by="Von",
               rel=["Analyse: Was der neue Haushalt für die Truppe bedeutet", "Kommentar: Sicherheit hat ihren Preis",
                    "Newsblog: Die Woche in der Sicherheitspolitik"],
               foot="Alle Rechte vorbehalten.", about="Über uns", contact="Kontakt", privacy="Datenschutz",
               newsletter="Jetzt den Morgen-Newsletter abonnieren"),
    "es": dict(home="Inicio", nav=["Nacional", "Internacional", "Política", "Economía", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para mejorar su experiencia y mostrarle publicidad relacionada.",
               accept="Aceptar todo", reject="Rechazar", related="Noticias relacionadas", by="Por",
               rel=["Análisis: qué cambia con el nuevo presupuesto de defensa", "Opinión: el precio de la seguridad",
                    "En directo: la semana en la región"],
               foot="Todos los derechos reservados.", about="Quiénes somos", contact="Contacto", privacy="Privacidad",
               newsletter="Suscríbase a nuestro boletín matinal"),
    "ja": dict(home="トップ", nav=["政治", "国際", "経済", "社会", "オピニオン"],
               cookie="当サイトでは利便性の向上と広告配信のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事", by="",
               rel=["解説:防衛費増額の行方", "社説:安全保障と財政規律", "速報:今週の外交日程"],
               foot="無断転載を禁じます。", about="会社案内", contact="お問い合わせ", privacy="プライバシーポリシー",
               newsletter="朝のニュースレターに登録"),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = html.escape
    outlet, title, url, pub = meta["outlet"], meta["title"], meta["url"], meta["published"]
    host = re.match(r"https://([^/]+)/", url).group(1)
    desc = paras[0][:160]
    sep = " | " if lang in ("de", "ja") else " - "
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": pub, "dateModified": pub, "inLanguage": lang,
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet,
                      "logo": {"@type": "ImageObject", "url": f"https://{host}/static/img/logo.png"}},
        "mainEntityOfPage": url, "articleSection": meta["section"],
    }
    date_shown = pub[:10] + " " + pub[11:16] + " (UTC" + pub[19:] + ")"
    byline = f"{ui['by']} {meta['author']}".strip()
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    nav = "\n".join(f'      <li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in
                    enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="https://{host}/related/{i + 1}">{e(r)}</a></li>' for i, r in
                    enumerate(ui["rel"]))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav>
    <ul>
      <li><a href="https://{host}/">{e(ui['home'])}</a></li>
{nav}
    </ul>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{pub}">{date_shown}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
      <p class="newsletter"><a href="https://{host}/newsletter">{e(ui['newsletter'])}</a></p>
    </aside>
  </main>
  <footer>
    <ul>
      <li><a href="https://{host}/about">{e(ui['about'])}</a></li>
      <li><a href="https://{host}/contact">{e(ui['contact'])}</a></li>
      <li><a href="https://{host}/privacy">{e(ui['privacy'])}</a></li>
    </ul>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(ui['foot'])}</p>
  </footer>
</body>
</html>
"""


FINDINGS = {
 "err-troop-drawdown": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "13%低下",
   "why": "percent vs points: 57%→44% is 13ポイント"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "7月14日",
   "why": "recess begins July 24 → 7月24日"
  },
  {
   "kind": "spelling",
   "severity": "warning",
   "span": "キャロウエイ",
   "why": "second spelling of キャロウェイ (Calloway)"
  }
 ],
 "err-defence-budget": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "6.9%",
   "why": "source: increase of 9.6%"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "6万5400人",
   "why": "source: grow to 64,500 → 6万4500人"
  },
  {
   "kind": "unsupported",
   "severity": "warning",
   "span": "支援の半分",
   "why": "source says nothing about how the A$380m is split (invented share)"
  }
 ],
 "err-aid-package": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "約160キロ",
   "why": "60 miles = 96.6 km → 約97キロ"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "4〜6月期",
   "why": "first quarter of 2027 → 1〜3月期"
  },
  {
   "kind": "citation",
   "severity": "warning",
   "span": "2026.11.05",
   "why": "published 2026-11-02 (+00:00) → 2026.11.02"
  }
 ],
 "err-arms-exports": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "世界7位",
   "why": "source: world's ninth-largest exporter → 世界9位"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "5日(火)",
   "why": "\"on Tuesday\" before Thu 2026-10-08 is the 6th → 6日(火)"
  },
  {
   "kind": "citation",
   "severity": "warning",
   "span": "https://straitssentinel.example/asia/veloria-arms-exports-record-2026?utm_source=newsletter&utm_medium=email&utm_campaign=asia_brief",
   "why": "tracking parameters; canonical URL has none"
  }
 ],
 "err-missile-shield": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "約8億ドル",
   "why": "source: from about $8 billion → 約80億ドル (scale slip)"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "14.1%",
   "why": "source: shares jumped 11.4%"
  },
  {
   "kind": "name",
   "severity": "warning",
   "span": "MDA",
   "why": "abbreviation the source never gives (the source cites the auditor general)"
  }
 ],
 "err-base-lease": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "1億2500万ドル",
   "why": "410-265 = 145 → 1億4500万ドル"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "1億2000万ガロン",
   "why": "source: 120 million litres → 1億2000万リットル (unit)"
  },
  {
   "kind": "name",
   "severity": "warning",
   "span": "ジョン・ハーグリーブ",
   "why": "invented person; the source quotes only Nouri and Farouk"
  }
 ],
 "err-alliance-summit": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "4〜6月期末",
   "why": "end of the third quarter of 2027 → 7〜9月期末 (9月末)"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "4分の1",
   "why": "6,000 of 30,000, \"a fifth\" → 5分の1"
  },
  {
   "kind": "unsupported",
   "severity": "warning",
   "span": "2019年以来",
   "why": "invented year; the source gives no history of Tarland's budget"
  }
 ],
 "err-fr-sous-marins": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "0.5%上昇",
   "why": "2,1 % → 2,6 % is 0.5ポイント, not 0.5%"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "24日(水)",
   "why": "\"mardi\" = 24 March 2026, a Tuesday → 24日(火)"
  },
  {
   "kind": "spelling",
   "severity": "warning",
   "span": "ヴィシニアク",
   "why": "second spelling of ヴィシニャク (Karol Wisniak)"
  }
 ],
 "err-de-truppenstaerke": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "2027年以降",
   "why": "\"2,8 Mrd. Euro pro Jahr ab 2028\" → 2028年以降"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "日本時間午後10時",
   "why": "14 Uhr (UTC+2) → JST 午後9時"
  },
  {
   "kind": "name",
   "severity": "warning",
   "span": "KSK",
   "why": "abbreviation the source never gives"
  }
 ],
 "err-de-militaerhilfe": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "40〜80キロ",
   "why": "\"Reichweite von 40 bis 60 Kilometern\" → 40〜60キロ"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "1500人の増加",
   "why": "3.500-2.200 = 1.300 → 1300人の増加"
  },
  {
   "kind": "citation",
   "severity": "warning",
   "span": "Alpenland Zeitung",
   "why": "wrong outlet; og:site_name is Alpenland Rundschau"
  }
 ],
 "err-es-acuerdo-fronterizo": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "2億4800万ドル",
   "why": "60 % of 480 millones = 288 → 2億8800万ドル"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "全国平均の3倍",
   "why": "\"siguen siendo el doble de la media nacional\" → 2倍"
  },
  {
   "kind": "unsupported",
   "severity": "warning",
   "span": "押収の7割",
   "why": "invented share; the source says nothing about where the weapons were found"
  }
 ],
 "err-ja-shunou-kaidan": [
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "2030年度",
   "why": "source: 2035年度までの試作機完成"
  },
  {
   "kind": "mismatch",
   "severity": "error",
   "span": "来年6月",
   "why": "source: 来年3月までに政府間協定に署名"
  },
  {
   "kind": "spelling",
   "severity": "warning",
   "span": "ラングリー",
   "why": "second spelling of ラングレー (Edgar Langley)"
  }
 ]
}


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        found = [{k: f[k] for k in ("kind", "severity", "span")} for f in FINDINGS.get(name, [])]
        exp = {"clean": name.startswith("clean-"), "findings": found}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "cases")


if __name__ == "__main__":
    main()
