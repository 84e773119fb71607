#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html, and digest-src/<name>.txt -> cases/<name>/digest.txt.

Spec: 'key: value' header lines, a line '---', then one paragraph per line
(a line starting '## ' becomes a subheading)."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
UI = {
 'en': (['World','Business','Cities','Transport','Climate','Opinion'], 'Subscribe',
        'We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time in Privacy settings.',
        'Accept all','Reject non-essential','Manage preferences','Related','Share this story','About us','Contact','Terms of use','Privacy policy','All rights reserved.'),
 'fr': (['Monde','Économie','Régions','Transports','Climat','Opinions'], "S'abonner",
        "Nous utilisons des cookies et des technologies similaires pour personnaliser les contenus et les publicités et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
        'Tout accepter','Tout refuser','Paramétrer','À lire aussi','Partager','Qui sommes-nous','Contact','Mentions légales','Confidentialité','Tous droits réservés.'),
 'de': (['Politik','Wirtschaft','Region','Verkehr','Klima','Meinung'], 'Abo',
        'Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.',
        'Alle akzeptieren','Nur notwendige','Einstellungen','Mehr zum Thema','Artikel teilen','Über uns','Kontakt','AGB','Datenschutz','Alle Rechte vorbehalten.'),
 'es': (['Mundo','Economía','Ciudades','Movilidad','Clima','Opinión'], 'Suscríbete',
        'Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y para analizar nuestro tráfico. Puede cambiar sus preferencias en cualquier momento.',
        'Aceptar todo','Rechazar','Configurar','Relacionadas','Compartir','Quiénes somos','Contacto','Aviso legal','Privacidad','Todos los derechos reservados.'),
 'ja': (['国際','経済','地域','交通','環境','オピニオン'], '購読する',
        '当サイトではコンテンツや広告の最適化、アクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。',
        'すべて同意','必要なもののみ','設定','関連記事','この記事をシェア','会社案内','お問い合わせ','利用規約','プライバシーポリシー','無断転載を禁じます。'),
}

def parse_spec(path):
    head, body = path.read_text(encoding='utf-8').split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    paras = [l.strip() for l in body.splitlines() if l.strip()]
    return meta, paras

def source_html(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta['lang']
    nav, sub, cookie, acc, rej, man, rel, share, about, contact, terms, priv, rights = UI[lang]
    url = 'https://' + meta['domain'] + meta['path']
    pub = meta['published']
    title, outlet = meta['title'], meta['outlet']
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta['author']},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    body = []
    for p in paras:
        if p.startswith('## '):
            body.append(f'      <h2>{e(p[3:])}</h2>')
        else:
            body.append(f'      <p>{e(p)}</p>')
    related = [r.strip() for r in meta.get('related', '').split('|') if r.strip()]
    rel_html = '\n'.join(f'        <li><a href="/story/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    navs = '\n'.join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    year = pub[:4]
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {meta.get('sep', '-')} {e(outlet)}</title>
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
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{navs}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">{e(sub)}</a>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(title)}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(meta['timestr'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{chr(10).join(body)}
      </div>
    </article>
    <div class="share">{e(share)}: <a href="/share/mail">Email</a> <a href="/share/link">Link</a></div>
    <aside class="sidebar">
      <h3>{e(rel)}</h3>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(cookie)}</p>
    <button class="accept">{e(acc)}</button> <button class="reject">{e(rej)}</button> <a href="/privacy/">{e(man)}</a>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(about)}</a></li>
      <li><a href="/contact/">{e(contact)}</a></li>
      <li><a href="/terms/">{e(terms)}</a></li>
      <li><a href="/privacy/">{e(priv)}</a></li>
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(rights)}</p>
  </footer>
</body>
</html>
'''

CREDITS = ['国立国会図書館デジタルコレクション「浪華百景」を加工して作成',
           '国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成']

def digest_txt(meta, src, idx):
    """Render the hand-written digest (digest-src) into the house layout.
    Lines: title/time/lead/hl/ctx/close/intro/topic/sec/p/b/k/outro/cite/url.
    'k:' lines are the 要点 bullets of the current section."""
    out = {'lead': [], 'hl': [], 'ctx': [], 'close': [], 'intro': [], 'outro': []}
    tree = []
    cite = url = None
    for line in src.read_text(encoding='utf-8').splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1) if not line.startswith(('hl:', 'ctx:')) else line.split(':', 1)
        k = k.strip(); v = v.strip()
        if k in ('lead', 'close', 'intro', 'outro'):
            out[k].append(v)
        elif k in ('hl', 'ctx'):
            out[k].append(v.replace('|', ':', 1))
        elif k == 'title': title = v
        elif k == 'time': time = v
        elif k == 'topic': tree.append([v, []])
        elif k == 'sec': tree[-1][1].append([v, [], []])
        elif k in ('p', 'b'): tree[-1][1][-1][1].append((k, v))
        elif k == 'k': tree[-1][1][-1][2].append(v)
        elif k == 'cite': cite = v
        elif k == 'url': url = v
        else: raise SystemExit(f'{src}: bad key {k}')
    L = [f'{title}{time}', '', CREDITS[idx % 2], '【概要】', '']
    for p in out['lead']: L += [' ' + p, '']
    L += [' 主なハイライト', '']
    for p in out['hl']: L += [' ' + p, '']
    L += [' 文脈', '']
    for p in out['ctx']: L += [' ' + p, '']
    for p in out['close']: L += [' ' + p, '']
    L += ['【詳細】', '']
    for p in out['intro']: L += [' ' + p, '']
    for topic, secs in tree:
        L += [' ' + topic, '']
        for i, (sh, items, _) in enumerate(secs, 1):
            L += [f' {i}.{sh}', '']
            prev = None
            for kind, v in items:
                if kind == 'p':
                    if prev == 'b': L.append('')
                    L += [' ' + v, '']
                else:
                    L.append(' ・' + v)
                prev = kind
            if prev == 'b': L.append('')
    for p in out['outro']: L += [' ' + p, '']
    L += ['【要点】', '']
    for topic, secs in tree:
        L += [' ' + topic, '']
        for i, (sh, _, ks) in enumerate(secs, 1):
            L += [f' {i}.{sh}', '']
            L += [' ・' + b for b in ks] + ['']
    L += ['【引用・参照・底本】', '', cite, '', url, '']
    return '\n'.join(L)

def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / 'specs').glob('*.txt'))
    for idx, name in enumerate(names):
        meta, paras = parse_spec(HERE / 'specs' / f'{name}.txt')
        d = HERE / 'cases' / name
        d.mkdir(parents=True, exist_ok=True)
        (d / 'source.html').write_text(source_html(meta, paras), encoding='utf-8')
        ds = HERE / 'digest-src' / f'{name}.txt'
        if ds.exists():
            (d / 'digest.txt').write_text(digest_txt(meta, ds, idx), encoding='utf-8')
        print('wrote', name)

if __name__ == '__main__':
    main()
