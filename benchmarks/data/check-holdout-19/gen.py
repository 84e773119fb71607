#!/usr/bin/env python3
"""Build cases/ from the article data in data/*.py.

Each data module defines the page (META, BODY), the faithful digest (DIGEST,
without the citation, which is built from META) and the planted mistakes
(ERRORS).  clean-<slug> gets DIGEST as is; err-<slug> gets DIGEST with each
ERRORS entry applied (old -> new, every occurrence unless `count` is given).
Run: python gen.py   (writes cases/clean-*/ and cases/err-*/)
"""
from __future__ import annotations

import datetime as dt
import html
import importlib.util
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent

CHROME = {
    "en": dict(nav=["World", "Politics", "Business", "Science", "Health", "Sport", "Culture", "Opinion"],
               subscribe="Subscribe", share="Share this story:", share_links=["Email", "Copy link"],
               most_read="Most read", more=["Newsletter: the day's main stories in your inbox",
                                            "Podcast: the week in review", "Letters to the editor"],
               cookie="We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.",
               accept="Accept all", reject="Reject non-essential", manage="Manage preferences",
               footer=["About us", "Contact", "Terms of use", "Privacy policy", "Corrections"],
               rights="All rights reserved."),
    "fr": dict(nav=["International", "Politique", "Économie", "Sciences", "Sports", "Culture", "Débats"],
               subscribe="S'abonner", share="Partager cet article :", share_links=["E-mail", "Copier le lien"],
               most_read="Les plus lus", more=["Lettre d'information : l'essentiel du jour",
                                               "Podcast : la semaine en revue", "Courrier des lecteurs"],
               cookie="Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre audience. Vous pouvez modifier vos choix à tout moment dans les paramètres de confidentialité.",
               accept="Tout accepter", reject="Refuser les cookies non essentiels", manage="Gérer mes préférences",
               footer=["Qui sommes-nous", "Contact", "Conditions d'utilisation", "Politique de confidentialité", "Mentions légales"],
               rights="Tous droits réservés."),
    "de": dict(nav=["Welt", "Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
               subscribe="Abonnieren", share="Artikel teilen:", share_links=["E-Mail", "Link kopieren"],
               most_read="Meistgelesen", more=["Newsletter: Die wichtigsten Nachrichten des Tages",
                                               "Podcast: Die Woche im Rückblick", "Leserbriefe"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und die Nutzung unseres Angebots zu analysieren. Sie können Ihre Auswahl jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige Cookies", manage="Einstellungen verwalten",
               footer=["Über uns", "Kontakt", "Nutzungsbedingungen", "Datenschutz", "Impressum"],
               rights="Alle Rechte vorbehalten."),
    "es": dict(nav=["Internacional", "Política", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"],
               subscribe="Suscríbete", share="Comparte esta noticia:", share_links=["Correo", "Copiar enlace"],
               most_read="Lo más leído", more=["Boletín: las noticias del día en tu correo",
                                               "Pódcast: la semana en resumen", "Cartas al director"],
               cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y la publicidad y analizar nuestro tráfico. Puedes cambiar tu elección en cualquier momento en la configuración de privacidad.",
               accept="Aceptar todas", reject="Rechazar las no esenciales", manage="Gestionar preferencias",
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad", "Política de cookies"],
               rights="Todos los derechos reservados."),
    "it": dict(nav=["Mondo", "Politica", "Economia", "Scienze", "Sport", "Cultura", "Opinioni"],
               subscribe="Abbonati", share="Condividi questo articolo:", share_links=["E-mail", "Copia link"],
               most_read="I più letti", more=["Newsletter: le notizie del giorno nella tua casella",
                                              "Podcast: la settimana in breve", "Lettere al direttore"],
               cookie="Utilizziamo cookie e tecnologie simili per personalizzare contenuti e annunci e per analizzare il nostro traffico. Puoi modificare le tue scelte in qualsiasi momento nelle impostazioni sulla privacy.",
               accept="Accetta tutti", reject="Rifiuta i non essenziali", manage="Gestisci preferenze",
               footer=["Chi siamo", "Contatti", "Termini di utilizzo", "Informativa sulla privacy", "Note legali"],
               rights="Tutti i diritti riservati."),
    "ja": dict(nav=["国際", "政治", "経済", "社会", "科学", "スポーツ", "文化"],
               subscribe="購読する", share="この記事を共有:", share_links=["メール", "リンクをコピー"],
               most_read="よく読まれている記事", more=["ニュースレター:今日の主なニュースをメールで",
                                                   "ポッドキャスト:1週間を振り返る", "読者の声"],
               cookie="当サイトでは、コンテンツや広告の表示を最適化し、アクセスを分析するためにクッキーなどの技術を使用しています。設定はプライバシー設定からいつでも変更できます。",
               accept="すべて許可", reject="必須以外を拒否", manage="設定を管理",
               footer=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "訂正・おわび"],
               rights="無断転載を禁じます。"),
}



def esc(s: str) -> str:
    return html.escape(s, quote=True)


def load(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def body_html(body: list[str]) -> str:
    out = []
    for para in body:
        if para.startswith("## "):
            out.append(f"      <h2>{esc(para[3:])}</h2>")
        else:
            out.append(f"      <p>{esc(para)}</p>")
    return "\n".join(out)


def body_text(body: list[str]) -> str:
    return "\n".join(p[3:] if p.startswith("## ") else p for p in body)


def page(m) -> str:
    c = CHROME[m.LANG]
    meta = m.META
    desc = m.BODY[0][:150]
    nav = "\n".join(f'        <li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(c["nav"]))
    more = "\n".join(f'        <li><a href="/more/{i}">{esc(n)}</a></li>' for i, n in enumerate(c["more"]))
    foot = "\n".join(f'      <li><a href="/info/{i}">{esc(n)}</a></li>' for i, n in enumerate(c["footer"]))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
                     "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
                     "publisher": {"@type": "Organization", "name": meta["site"]},
                     "mainEntityOfPage": meta["url"]}, ensure_ascii=False)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{m.LANG}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(meta['title'])} - {esc(meta['site'])}</title>
  <meta name="description" content="{esc(desc)}">
  <link rel="canonical" href="{esc(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(meta['site'])}">
  <meta property="og:title" content="{esc(meta['title'])}">
  <meta property="og:description" content="{esc(desc)}">
  <meta property="og:url" content="{esc(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{esc(meta['section'])}">
  <meta name="author" content="{esc(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <div class="top-bar">
    <a class="brand" href="/">{esc(meta['site'])}</a>
    <ul class="menu">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">{esc(c['subscribe'])}</a>
  </div>
  <div class="layout">
    <div class="story-header">
      <span class="kicker">{esc(meta['section'])}</span>
      <h1 class="headline">{esc(meta['title'])}</h1>
      <div class="meta"><span class="author">{esc(meta['author'])}</span> <time datetime="{meta['published']}">{esc(meta['time_display'])}</time></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{body_html(m.BODY)}
    </div>
    <div class="share">{esc(c['share'])} <a href="/share/mail">{esc(c['share_links'][0])}</a> <a href="/share/link">{esc(c['share_links'][1])}</a></div>
    <div class="sidebar">
      <h3>{esc(c['most_read'])}</h3>
      <ol>
{more}
      </ol>
    </div>
  </div>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{esc(c['cookie'])}</p>
    <button class="accept">{esc(c['accept'])}</button> <button class="reject">{esc(c['reject'])}</button> <a href="/privacy/">{esc(c['manage'])}</a>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {esc(meta['site'])}. {esc(c['rights'])}</p>
  </footer>
</body>
</html>
"""


def citation(meta) -> str:
    local_date = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    site = meta["site"]
    sep = "  " if " " in site else " "   # a multi-word outlet is set off by two spaces
    return f"【引用・参照・底本】\n\n{meta['title']}{sep}{site}{sep}{local_date}\n\n{meta['url']}\n"


def digest(m) -> str:
    head = f"{m.HEADLINE}{m.POSTED}\n\n{m.CREDIT}\n"
    return head + m.DIGEST.strip("\n") + "\n\n" + citation(m.META)


def apply_errors(text: str, errors) -> str:
    for e in errors:
        n = text.count(e["old"])
        want = e.get("count", n)
        if n == 0 or (want != n and n < want):
            raise SystemExit(f"error edit {e['old']!r}: found {n} times, want {want}")
        text = text.replace(e["old"], e["new"], want)
        if e["span"] not in text:
            raise SystemExit(f"span {e['span']!r} not in err digest")
    return text


def main() -> None:
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    for path in sorted((HERE / "data").glob("*.py")):
        m = load(path)
        src = page(m)
        clean = digest(m)
        err = apply_errors(clean, m.ERRORS)
        findings = [{"kind": e["kind"], "severity": e["severity"], "span": e["span"]} for e in m.ERRORS]
        for name, text, exp in ((f"clean-{m.SLUG}", clean, {"clean": True, "findings": []}),
                                (f"err-{m.SLUG}", err, {"clean": False, "findings": findings})):
            d = out / name
            d.mkdir(parents=True)
            (d / "source.html").write_text(src, encoding="utf-8")
            (d / "digest.txt").write_text(text, encoding="utf-8")
            (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{m.SLUG}: {m.LANG}, body {len(body_text(m.BODY))} chars, {len(findings)} planted")


if __name__ == "__main__":
    main()
