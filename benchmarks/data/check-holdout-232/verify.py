#!/usr/bin/env python3
"""Sanity checks for check-holdout-232 (no checker involved)."""
import collections, html, json, pathlib, re, subprocess, sys, tempfile

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else 'yoten'
problems = []
langs, kinds, sevs = collections.Counter(), collections.Counter(), collections.Counter()
clean = err = 0
cases = sorted(p for p in (HERE / 'cases').iterdir() if p.is_dir())
urls = set()
for c in cases:
    name = c.name
    for f in ('source.html', 'digest.txt', 'expected.json'):
        if not (c / f).exists():
            problems.append(f'{name}: missing {f}')
    src = (c / 'source.html').read_text(encoding='utf-8')
    dig = (c / 'digest.txt').read_text(encoding='utf-8')
    exp = json.loads((c / 'expected.json').read_text(encoding='utf-8'))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for pat in (r'<title>.+ - .+</title>', r'og:site_name', r'og:title', r'rel="canonical"',
                r'article:published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"',
                r'"@type": "NewsArticle"', r'<nav>', r'cookie-banner', r'class="related"', r'<footer>', r'<article>'):
        if not re.search(pat, src):
            problems.append(f'{name}: source lacks {pat}')
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f'{name}: source URL reused')
    urls.add(canon)
    if '.example/' not in canon:
        problems.append(f'{name}: domain not .example')
    body = re.search(r'<article>(.*)</article>', src, re.S).group(1)
    text = html.unescape(re.sub(r'<[^>]+>', ' ', body))
    if lang == 'ja':
        n = len(re.sub(r'\s', '', text))
        if not 600 <= n <= 2000:
            problems.append(f'{name}: ja article {n} chars')
    else:
        n = len(text.split())
        if not 300 <= n <= 650:
            problems.append(f'{name}: article {n} words')
    dn = len(re.sub(r'\s', '', dig))
    if not 900 <= dn <= 1600:
        problems.append(f'{name}: digest {dn} chars')
    for marker in ('【概要】', '主なハイライト', '文脈', '【詳細】', '【要点】', '【引用・参照・底本】'):
        if marker not in dig:
            problems.append(f'{name}: digest lacks {marker}')
    if name.startswith('clean-'):
        clean += 1
        if exp['clean'] is not True or exp['findings']:
            problems.append(f'{name}: clean case with findings')
        if canon not in dig:
            problems.append(f'{name}: canonical URL not cited')
    else:
        err += 1
        if exp['clean'] is not False or len(exp['findings']) != 3:
            problems.append(f'{name}: err case needs 3 findings')
        spans = [f['span'] for f in exp['findings']]
        if len(set(spans)) != len(spans):
            problems.append(f'{name}: duplicate span')
        for f in exp['findings']:
            kinds[f['kind']] += 1
            sevs[f['severity']] += 1
            if f['span'] not in dig:
                problems.append(f'{name}: span not verbatim: {f["span"]}')
            ok = {'mismatch': 'error', 'unsupported': 'warning', 'name': 'warning',
                  'spelling': 'warning', 'citation': 'warning'}
            if ok.get(f['kind']) != f['severity']:
                problems.append(f'{name}: kind/severity {f["kind"]}/{f["severity"]}')
    with tempfile.TemporaryDirectory() as td:
        r = subprocess.run([YOTEN, 'parse', str(c / 'digest.txt'), '-o', td + '/d.json'],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f'{name}: yoten parse failed: {r.stderr.strip()[-200:]}')
        else:
            d = json.loads(pathlib.Path(td + '/d.json').read_text(encoding='utf-8'))
            if not d:
                problems.append(f'{name}: empty parse')
print(f'cases: {len(cases)} (clean {clean}, err {err})')
print('languages:', dict(sorted(langs.items())))
print('findings:', sum(kinds.values()), 'kinds:', dict(sorted(kinds.items())), 'severities:', dict(sorted(sevs.items())))
print('problems:', len(problems))
for p in problems:
    print('  -', p)
sys.exit(1 if problems else 0)
