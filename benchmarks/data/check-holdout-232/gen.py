#!/usr/bin/env python3
"""Build cases/<name>/{source.html,digest.txt,expected.json} from
specs/<name>.txt (article spec) and dsrc/<name>.txt (digest text + labels).

specs: 'key: value' header lines, '---', then paragraphs separated by blank
lines ('## ' starts a subheading).
dsrc: lines starting '! kind severity span' are expected findings; the rest is
the digest, one paragraph or bullet per line; gen.py only adds the blank lines
and the one-space indent of the house format."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    'en': ('Home', 'News', 'Business', 'Travel', 'Opinion', 'We use cookies to improve your experience and to show relevant advertising.', 'Accept all', 'Manage preferences', 'Related stories', 'All rights reserved.', 'Privacy', 'Terms', 'Contact us', 'By'),
    'fr': ('Accueil', 'Actualités', 'Économie', 'Voyage', 'Opinions', 'Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.', 'Tout accepter', 'Paramétrer', 'À lire aussi', 'Tous droits réservés.', 'Confidentialité', 'Conditions', 'Nous contacter', 'Par'),
    'de': ('Startseite', 'Nachrichten', 'Wirtschaft', 'Reise', 'Meinung', 'Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und passende Werbung anzuzeigen.', 'Alle akzeptieren', 'Einstellungen', 'Mehr zum Thema', 'Alle Rechte vorbehalten.', 'Datenschutz', 'AGB', 'Kontakt', 'Von'),
    'es': ('Portada', 'Noticias', 'Economía', 'Viajes', 'Opinión', 'Utilizamos cookies para mejorar su experiencia y mostrarle publicidad relevante.', 'Aceptar todo', 'Configurar', 'Noticias relacionadas', 'Todos los derechos reservados.', 'Privacidad', 'Condiciones', 'Contacto', 'Por'),
    'ja': ('トップ', 'ニュース', '経済', '旅行', 'オピニオン', '当サイトはサービス向上と広告配信のためにクッキーを使用しています。', 'すべて許可', '設定', '関連記事', '無断転載を禁じます。', 'プライバシー', '利用規約', 'お問い合わせ', '記者'),
}


def parse_spec(path):
    head, body = path.read_text(encoding='utf-8').split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace('\n', ' ') for p in body.split('\n\n') if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    ui = UI[meta['lang']]
    title, outlet, url = meta['title'], meta['outlet'], meta['url']
    desc = paras[0][:180]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta['published'], "dateModified": meta['published'],
          "author": {"@type": "Person", "name": meta['author']},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": meta['lang']}
    body = []
    for p in paras:
        if p.startswith('## '):
            body.append(f'      <h2>{e(p[3:])}</h2>')
        else:
            body.append(f'      <p>{e(p)}</p>')
    related = meta.get('related', '').split('|') if meta.get('related') else []
    rel = '\n'.join(f'        <li><a href="/{meta.get("section", "news").lower()}/{i + 1}">{e(r.strip())}</a></li>' for i, r in enumerate(related))
    base = url.split('/')[0] + '//' + url.split('/')[2]
    return f'''<!DOCTYPE html>
<html lang="{meta['lang']}">
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
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui[1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">
    <p>{e(ui[5])}</p>
    <button>{e(ui[6])}</button> <button>{e(ui[7])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="{base}/">{e(outlet)}</a>
    <nav>
      <ul><li><a href="/">{e(ui[0])}</a></li><li><a href="/news">{e(ui[1])}</a></li><li><a href="/business">{e(ui[2])}</a></li><li><a href="/travel">{e(ui[3])}</a></li><li><a href="/opinion">{e(ui[4])}</a></li></ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(ui[13])} {e(meta['author'])} · <time datetime="{meta['published']}">{e(meta['dateline'])}</time></p>
{chr(10).join(body)}
    </article>
    <aside class="related">
      <h3>{e(ui[8])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p>© 2026 {e(outlet)}. {e(ui[9])}</p>
    <p><a href="/privacy">{e(ui[10])}</a> · <a href="/terms">{e(ui[11])}</a> · <a href="/contact">{e(ui[12])}</a></p>
  </footer>
</body>
</html>
'''


def build_digest(path):
    findings, lines = [], []
    for raw in path.read_text(encoding='utf-8').splitlines():
        if raw.startswith('! '):
            kind, sev, span = raw[2:].split(' ', 2)
            findings.append({"kind": kind, "severity": sev, "span": span})
        elif raw.strip():
            lines.append(raw.strip())
    out = lines[0] + '\n\n' + lines[1] + '\n'
    prev, in_cite = '', False
    for ln in lines[2:]:
        if ln.startswith('【'):
            out += ln + '\n'
            in_cite = ln == '【引用・参照・底本】'
            prev = ln
            continue
        text = ln if in_cite else ' ' + ln
        if ln.startswith('・') and prev.startswith('・'):
            out += text + '\n'
        else:
            out += '\n' + text + '\n'
        prev = ln
    return out, findings


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / 'specs').glob('*.txt'))
    for name in names:
        meta, paras = parse_spec(HERE / 'specs' / f'{name}.txt')
        d = HERE / 'cases' / name
        d.mkdir(parents=True, exist_ok=True)
        (d / 'source.html').write_text(render(meta, paras), encoding='utf-8')
        dsrc = HERE / 'dsrc' / f'{name}.txt'
        if dsrc.exists():
            text, findings = build_digest(dsrc)
            (d / 'digest.txt').write_text(text, encoding='utf-8')
            exp = {"clean": not findings, "findings": findings}
            (d / 'expected.json').write_text(json.dumps(exp, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
