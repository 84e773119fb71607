"""Write cases/<name>/digest.txt and expected.json from digests/<name>.dsl (hand-written digest, compact line tags; X lines = planted findings)."""
import sys, json, pathlib
ROOT = pathlib.Path(__file__).resolve().parent / 'cases'
def build(src):
    out = []; exp = []
    mode = None
    for raw in src.splitlines():
        if not raw.strip(): continue
        tag, _, t = raw.partition(' ')
        if tag == 'H':
            h, stamp, credit = t.split('|')
            out += [h + stamp, '', f'国立国会図書館デジタルコレクション「{credit}」を加工して作成', '【概要】', '']
        elif tag == 'L': out += [' ' + t, '']
        elif tag == 'HI':
            if mode != 'hi': out += [' 主なハイライト', '']; mode = 'hi'
            out += [' ' + t, '']
        elif tag == 'CX':
            if mode != 'cx': out += [' 文脈', '']; mode = 'cx'
            out += [' ' + t, '']
        elif tag == 'C': out += [' ' + t, '']
        elif tag == 'I': out += ['【詳細】', '', ' ' + t, '']
        elif tag == 'T': out += [' ' + t, '']
        elif tag == 'S': out += [' ' + t, '']
        elif tag == 'P': out += [' ' + t, '']
        elif tag == 'B':
            if out and out[-1] == '' and len(out) > 1 and out[-2].startswith(' ・'): out.pop()
            out += [' ・' + t, '']
        elif tag == 'E': out += [' ' + t, '']
        elif tag == 'Y': out += ['【要点】', '']
        elif tag == 'R': out += ['【引用・参照・底本】', '', t, '']
        elif tag == 'U': out += [t]
        elif tag == 'X':
            k, s, sp = t.split('|', 2); exp.append({'kind': k, 'severity': s, 'span': sp})
        else: raise SystemExit('bad tag ' + tag)
    return '\n'.join(out) + '\n', exp
for f in sys.argv[1:]:
    p = pathlib.Path(f); name = p.stem
    d, exp = build(p.read_text())
    c = ROOT / name; c.mkdir(parents=True, exist_ok=True)
    (c / 'digest.txt').write_text(d)
    (c / 'expected.json').write_text(json.dumps({'clean': not exp, 'findings': exp}, ensure_ascii=False, indent=2) + '\n')
    n = sum(1 for ch in d if not ch.isspace() and ord(ch) > 0x2000)
    print(name, 'jpchars', n, 'findings', len(exp))
