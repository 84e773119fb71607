"""The header image of a blog with no image library: 青海波 (seigaiha) in the site's palette.

Drawn with Pillow, so it belongs to the blog and needs no credit line: rows
of overlapping fans of concentric arcs, each row covering the lower half of
the one above. A credit line is printed only under a library image that
carries one (``yoten images add … --credit``).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

__all__ = ["PATTERN_VERSION", "draw_seigaiha", "pattern_stem", "write_pattern_banner"]

PATTERN_VERSION = "seigaiha-1"

# The blog's palette (site/templates/style.css): page ground and the accent, softened.
GROUND = (246, 241, 232)
INK = (206, 168, 142)
SCALE = 2  # drawn at twice the size, then reduced: smooth arcs without an antialiasing API


def draw_seigaiha(width: int, height: int, *, rows: int = 4) -> Image.Image:
    """A ``width`` × ``height`` 青海波 image with about ``rows`` rows of waves."""
    big_w, big_h = width * SCALE, height * SCALE
    radius = max(8, round(big_h / rows))
    im = Image.new("RGB", (big_w, big_h), GROUND)
    draw = ImageDraw.Draw(im)
    line = max(2, radius // 14)
    rings = 4
    step_y = radius // 2
    for row in range(-2, big_h // step_y + 3):
        y = row * step_y
        offset = radius if row % 2 else 0
        for col in range(-1, big_w // (2 * radius) + 2):
            x = offset + col * 2 * radius
            for ring in range(rings):
                r = radius * (rings - ring) / rings
                box = (x - r, y - r, x + r, y + r)
                draw.ellipse(box, fill=GROUND, outline=INK, width=line)
    return im.resize((width, height), Image.Resampling.LANCZOS)


def pattern_stem(width: int, ratio: float) -> str:
    """The file name stem of the pattern banner for this size (changes with the drawing)."""
    return f"{PATTERN_VERSION}-{width}x{max(1, round(width / ratio))}"


def write_pattern_banner(out_dir: Path, stem: str, *, width: int, ratio: float) -> None:
    """Write ``stem.webp`` and ``stem.jpg`` of the pattern at ``width`` and ``ratio``."""
    im = draw_seigaiha(width, max(1, round(width / ratio)))
    out_dir.mkdir(parents=True, exist_ok=True)
    im.save(out_dir / f"{stem}.webp", "WEBP", quality=80, method=4)
    im.save(out_dir / f"{stem}.jpg", "JPEG", quality=85, optimize=True, progressive=True)
