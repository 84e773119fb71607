"""How long `yoten site build` takes from a store of N published posts, and how much memory.

    python benchmarks/site_build.py [--posts 10000] [--images 5] [--repeat 1] [--escaped-json]

Fills a SQLite store with N published posts (generated digests in the house
format, every section filled; rows inserted in bulk), then runs the real
command, `yoten site build`, in a child process: a full build, a rebuild with
nothing changed, and an incremental rebuild after one post was edited through
the store. Prints wall time, CPU time (user + system) and peak memory (max RSS)
of each build; with --repeat, the medians. The header image library holds
generated images, so banner processing is part of the full build. A last
line gives what the command's imports alone cost (a child process that only
imports the modules `yoten site build` loads), the share of a small build
that does not depend on the site.

A child's max RSS counts the memory of this process when the child started
(about 105 MB once 10,000 posts are filled): a figure at that floor means
that much or less. ``--escaped-json`` keeps the digests' JSON as stores
written before 2026-12 hold it (every non-ASCII character escaped), which
costs a build about four times more to parse.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from yoten.models import Details, Digest, LabelledPoint, Overview, Section, SourceRef, Topic
from yoten.site import ImageLibrary
from yoten.store import Store
from yoten.store.tables import ArticleRow, DigestRow, SourceRow

OUTLETS = ["FRANCE24", "BBC", "Reuters", "AP", "DW", "Al Jazeera"]
PARA = "ロシアのプーチン大統領は北朝鮮との防衛協定を締結した翌日にベトナムを訪問し、経済、教育、エネルギー分野での協力強化を目指している。"


def digest(n: int, lead: str | None = None) -> Digest:
    when = dt.datetime(2021, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(hours=n * 5)
    section = Section(
        heading="協定の内容", paragraphs=[PARA, PARA], bullets=[PARA[:40], PARA[20:70]]
    )
    return Digest(
        headline=f"記事{n}:北朝鮮からベトナムへ",
        posted_at=when,
        overview=Overview(
            lead=[lead or f"{PARA}({n})", PARA],
            highlights=[LabelledPoint(label=f"要点{i}", text=PARA) for i in range(3)],
            context=[LabelledPoint(label=f"文脈{i}", text=PARA) for i in range(2)],
            closing=[PARA],
        ),
        details=Details(
            intro=[PARA],
            topics=[
                Topic(heading=f"話題{t}", sections=[section, section, section]) for t in range(3)
            ],
            closing=[PARA],
        ),
        key_points=[
            Topic(heading=f"話題{t}", sections=[Section(heading="要点", bullets=[PARA[:50]] * 3)])
            for t in range(3)
        ],
        sources=[
            SourceRef(
                title=f"Putin arrives in Vietnam ({n})",
                outlet=OUTLETS[n % len(OUTLETS)],
                date=when.date(),
                url=f"https://news.example.com/asia/{n}",
            )
        ],
    )


def fill(db: str, count: int) -> None:
    """N published posts, inserted in one transaction (the store API does one post per transaction)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with Store.open(db) as store, store.engine.begin() as conn:
        for start in range(1, count + 1, 1000):
            numbers = range(start, min(count, start + 999) + 1)
            conn.execute(
                SourceRow.__table__.insert(),
                [
                    {
                        "id": n,
                        "canonical_url": f"https://news.example.com/asia/{n}",
                        "url": f"https://news.example.com/asia/{n}",
                        "origin": "bench",
                        "first_seen": now,
                        "status": "done",
                        "attempts": 1,
                    }
                    for n in numbers
                ],
            )
            conn.execute(
                ArticleRow.__table__.insert(),
                [
                    {
                        "id": n,
                        "source_id": n,
                        "title": f"Putin arrives in Vietnam ({n})",
                        "language": "en",
                        "data": {
                            "url": f"https://news.example.com/asia/{n}",
                            "title": "t",
                            "text": PARA,
                            "language": "en",
                        },
                        "created_at": now,
                    }
                    for n in numbers
                ],
            )
            conn.execute(
                DigestRow.__table__.insert(),
                [
                    {
                        "id": n,
                        "article_id": n,
                        "engine": "bench",
                        "model": "",
                        "prompt_version": "",
                        "data": digest(n).model_dump(mode="json"),
                        "status": "published",
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in numbers
                ],
            )


ESCAPE = """
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
with db:
    rows = db.execute("SELECT id, data FROM digests").fetchall()
    db.executemany(
        "UPDATE digests SET data = ? WHERE id = ?",
        [(json.dumps(json.loads(data)), post_id) for post_id, data in rows],
    )
db.close()
"""


def escape_json(path: Path) -> None:
    """Rewrite each digest's JSON with ASCII escapes (every non-ASCII character as ``\\uXXXX``),
    as yoten's store wrote it before it kept UTF-8 text: what an older store holds. In a
    child process, so that this process (whose memory its children's peak includes) stays
    as small as without it."""
    subprocess.run([sys.executable, "-c", ESCAPE, str(path)], check=True)


def build(db: str, out: Path, images: Path) -> tuple[float, float, float, str]:
    """One `yoten site build` in a child process: wall s, CPU s, max RSS MB, its last line."""
    env = {**os.environ, "YOTEN_HOME": str(images.parent)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules compiled once, then cached
    command = [
        sys.executable,
        "-m",
        "yoten",
        "site",
        "build",
        str(out),
        "--db",
        db,
        "--base-url",
        "https://blog.example.jp/",
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    assert proc.stdout is not None and proc.stderr is not None
    text = proc.stdout.read().strip() or proc.stderr.read().strip()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"site build failed: {text}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text.splitlines()[-1]


#: What an incremental build of a SQLite store imports (the feed's modules load only when the
#: feed changed; SQLAlchemy only for another database or when posts wait for approval).
IMPORTS = (
    "import yoten.cli.app, yoten.cli.site, yoten.site.from_store, yoten.site.build,"
    " yoten.store.direct"
)


def imports_only() -> tuple[float, float, float]:
    """Wall s, CPU s and max RSS MB of a child process importing what the command imports."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", IMPORTS], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("importing the command's modules failed")
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--images", type=int, default=5)
    parser.add_argument(
        "--repeat", type=int, default=1, help="run the three builds this many times"
    )
    parser.add_argument(
        "--escaped-json",
        action="store_true",
        help="keep the digests' JSON with ASCII escapes, as stores written before 2026-12 hold it",
    )
    args = parser.parse_args()
    rows: dict[str, list[tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        library = ImageLibrary(root / "home" / "images")
        files = []
        for i in range(args.images):
            path = root / f"print{i}.jpg"
            Image.new("RGB", (2400, 1600), (40 * i % 255, 90, 160)).save(path, quality=90)
            files.append(path)
        if files:
            library.add(files, "国立国会図書館デジタルコレクション「浪華百景」を加工して作成")
        db = f"sqlite:///{root / 'yoten.db'}"
        fill(db, args.posts)
        if args.escaped_json:
            escape_json(root / "yoten.db")
        print(
            f"{args.posts} published posts in SQLite ({'ASCII-escaped' if args.escaped_json else 'stored'}"
            f" JSON), {args.images} header images; `yoten site build` in a child process"
        )
        for attempt in range(args.repeat):
            out = root / "site"
            shutil.rmtree(out, ignore_errors=True)
            runs = [
                ("full build", None),
                ("rebuild, nothing changed", None),
                ("incremental (1 post edited)", attempt),
            ]
            for label, edit in runs:
                if edit is not None:
                    with Store.open(db) as store:
                        middle = args.posts // 2
                        store.update_digest(
                            middle, digest(middle, lead=f"書き換えた導入文 {edit}。"), None
                        )
                wall, cpu, rss, line = build(db, out, library.root)
                rows.setdefault(label, []).append((wall, cpu, rss))
                print(
                    f"  {label:<30} {wall:7.2f} s wall  {cpu:7.2f} s CPU  {rss:6.0f} MB max RSS   {line}"
                )
            label = "imports only (no build)"
            wall, cpu, rss = imports_only()
            rows.setdefault(label, []).append((wall, cpu, rss))
            print(f"  {label:<30} {wall:7.2f} s wall  {cpu:7.2f} s CPU  {rss:6.0f} MB max RSS")
        if args.repeat > 1:
            print("medians:")
            for label, values in rows.items():
                wall, cpu, rss = (statistics.median(v[i] for v in values) for i in range(3))
                print(f"  {label:<30} {wall:7.2f} s wall  {cpu:7.2f} s CPU  {rss:6.0f} MB max RSS")


if __name__ == "__main__":
    main()
