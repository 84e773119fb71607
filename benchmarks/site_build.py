"""How long `yoten site build` takes for 1,000 posts: a full build, a no-change
rebuild, and an incremental rebuild after one post changed.

    python benchmarks/site_build.py [--posts 1000] [--images 5]

The posts are generated digests in the house format (every section filled);
the header image library holds generated images, so banner processing is
part of the full build. Prints one line per build with seconds and files written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from PIL import Image

from yoten.models import Details, Digest, LabelledPoint, Overview, Section, SourceRef, Topic
from yoten.site import ImageLibrary, SiteConfig, SitePost, build_site

OUTLETS = ["FRANCE24", "BBC", "Reuters", "AP", "DW", "Al Jazeera"]
TAGS = ["ロシア", "アジア", "経済", "外交", "エネルギー", "中東", "欧州", "選挙"]
PARA = "ロシアのプーチン大統領は北朝鮮との防衛協定を締結した翌日にベトナムを訪問し、経済、教育、エネルギー分野での協力強化を目指している。"


def digest(n: int, lead: str | None = None) -> Digest:
    when = dt.datetime(2021, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(hours=n * 26)
    section = Section(heading="協定の内容", paragraphs=[PARA, PARA], bullets=[PARA[:40], PARA[20:70]])
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
            topics=[Topic(heading=f"話題{t}", sections=[section, section, section]) for t in range(3)],
            closing=[PARA],
        ),
        key_points=[Topic(heading=f"話題{t}", sections=[Section(heading="要点", bullets=[PARA[:50]] * 3)])
                    for t in range(3)],
        sources=[SourceRef(title=f"Putin arrives in Vietnam ({n})", outlet=OUTLETS[n % len(OUTLETS)],
                           date=when.date(), url=f"https://news.example.com/asia/{n}")],
    )


def post(n: int, lead: str | None = None) -> SitePost:
    return SitePost.make(n, digest(n, lead), tags=[TAGS[n % len(TAGS)], TAGS[(n * 3 + 1) % len(TAGS)]])


def timed(label: str, posts: list[SitePost], out: Path, config: SiteConfig) -> float:
    start = time.perf_counter()
    result = build_site(posts, out, config)
    seconds = time.perf_counter() - start
    print(f"{label:<28} {seconds:7.2f} s  {len(result.written):5d} written  {len(result.reused):5d} unchanged")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--images", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        library = ImageLibrary(root / "library")
        files = []
        for i in range(args.images):
            path = root / f"print{i}.jpg"
            Image.new("RGB", (2400, 1600), (40 * i % 255, 90, 160)).save(path, quality=90)
            files.append(path)
        if files:
            library.add(files, "国立国会図書館デジタルコレクション「浪華百景」を加工して作成")
        config = SiteConfig(base_url="https://blog.example.jp/", images_dir=library.root)
        posts = [post(n) for n in range(1, args.posts + 1)]
        out = root / "site"
        print(f"{args.posts} posts, {args.images} header images")
        timed("full build", posts, out, config)
        timed("rebuild, nothing changed", posts, out, config)
        middle = len(posts) // 2
        posts[middle] = post(middle + 1, lead="書き換えた導入文。")
        timed("incremental (1 post changed)", posts, out, config)


if __name__ == "__main__":
    main()
