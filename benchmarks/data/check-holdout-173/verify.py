#!/usr/bin/env python3
"""Sanity checks for check-holdout-173 (no checker is run)."""
import collections, json, pathlib, re, subprocess, sys, html
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else 'yoten'
problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
lang_by_group = collections.Counter()
urls = set(); n_clean = n_err = 0

class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.inart = 0; self.parts = []
    def handle_starttag(self, tag, a):
        if tag == 'article': self.inart += 1
    def handle_endtag(self, tag):
        if tag == 'article': self.inart -= 1
    def handle_data(self, d):
        if self.inart: self.parts.append(d)

cases = sorted(p for p in (HERE / 'cases').iterdir() if p.is_dir())
for d in cases:
    n = d.name
    for f in ('source.html', 'digest.txt', 'expected.json'):
        if not (d / f).exists(): problems.append(f'{n}: missing {f}')
    src = (d / 'source.html').read_text(encoding='utf-8')
    dig = (d / 'digest.txt').read_text(encoding='utf-8')
    exp = json.loads((d / 'expected.json').read_text(encoding='utf-8'))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for need in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', '"NewsArticle"', 'cookie-banner', '<footer', '<nav>', '<article>'):
        if need not in src: problems.append(f'{n}: source lacks {need}')
    url = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r'https://[^/]+\.example/', url): problems.append(f'{n}: domain not .example')
    if url in urls: problems.append(f'{n}: source reused')
    urls.add(url)
    p = Text(); p.feed(src); body = ' '.join(p.parts)
    words = len(body.split()) if lang != 'ja' else len(re.sub(r'\s', '', body)) // 2
    if not 300 <= words <= 650: problems.append(f'{n}: article length {words} words')
    jlen = len(re.sub(r'\s', '', dig))
    if not 900 <= jlen <= 1600: problems.append(f'{n}: digest length {jlen}')
    for m in ('【概要】', '【詳細】', '【要点】', '【引用・参照・底本】', '主なハイライト', '文脈'):
        if m not in dig: problems.append(f'{n}: digest lacks {m}')
    r = subprocess.run([YOTEN, 'parse', str(d / 'digest.txt')], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f'{n}: yoten parse failed: {r.stderr[-300:]}')
    else:
        try: json.loads(r.stdout)
        except Exception: problems.append(f'{n}: yoten parse gave no JSON')
    if n.startswith('clean-'):
        n_clean += 1; lang_by_group['clean', lang] += 1
        if exp != {'clean': True, 'findings': []}: problems.append(f'{n}: clean case with findings')
        if url not in dig: problems.append(f'{n}: clean digest does not cite the canonical URL')
    elif n.startswith('err-'):
        n_err += 1; lang_by_group['err', lang] += 1
        if exp.get('clean') is not False: problems.append(f'{n}: err case marked clean')
        if len(exp['findings']) != 3: problems.append(f'{n}: {len(exp["findings"])} findings, want 3')
        spans = [f['span'] for f in exp['findings']]
        if len(set(spans)) != len(spans): problems.append(f'{n}: duplicate span')
        for f in exp['findings']:
            kinds[f['kind']] += 1; sev[f['severity']] += 1
            if f['span'] not in dig: problems.append(f'{n}: span not in digest: {f["span"]}')
            want = 'error' if f['kind'] == 'mismatch' else 'warning'
            if f['severity'] != want: problems.append(f'{n}: severity {f["severity"]} for {f["kind"]}')
    else:
        problems.append(f'{n}: bad name')

print(f'cases: {len(cases)} (clean {n_clean}, err {n_err})')
print('languages:', dict(sorted(langs.items())))
print('languages by group:', {f'{g}/{l}': c for (g, l), c in sorted(lang_by_group.items())})
print('planted findings:', sum(kinds.values()), 'kinds:', dict(sorted(kinds.items())), 'severity:', dict(sorted(sev.items())))
print('problems:', len(problems))
for p in problems: print('  -', p)
sys.exit(1 if problems else 0)
