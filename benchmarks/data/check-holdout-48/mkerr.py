"""Helper used while writing: derive an err digest from a clean one by
exact, counted replacements, and write expected.json. Usage in specs/errs.py."""
import json, pathlib, sys
HERE = pathlib.Path(__file__).parent

def make(clean, err, edits, findings):
    src = (HERE / "cases" / clean / "digest.txt").read_text(encoding="utf-8")
    for old, new, count in edits:
        n = src.count(old)
        assert n >= count, (err, old, n)
        src = src.replace(old, new, count)
    d = HERE / "cases" / err
    d.mkdir(parents=True, exist_ok=True)
    (d / "digest.txt").write_text(src, encoding="utf-8")
    for f in findings:
        assert f["span"] in src, (err, f["span"])
    (d / "expected.json").write_text(json.dumps({"clean": False, "findings": findings}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
