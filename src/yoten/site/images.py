"""Header images: a library of owned or public-domain pictures with credit lines.

The library lives in ``data_dir()/images/``: the files (named by content
hash) and ``index.json`` with each file's credit line. A site build picks one
image per post (:func:`assign_images`) and turns it into a banner
(:func:`process_banner`): cropped, resized, optionally toned, saved as WebP
and JPEG without metadata.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from yoten.errors import InputError, YotenError
from yoten.i18n import gettext as _
from yoten.settings import data_dir
from yoten.site.model import Tone

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "Banner",
    "ImageEntry",
    "ImageLibrary",
    "assign_images",
    "process_banner",
]


def _pil_limits() -> None:
    """Pillow's limits, set before any image is opened (Pillow loads on first use: a build
    that processes no image, such as an edit's, never imports it)."""
    from PIL import Image, ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = False
    Image.MAX_IMAGE_PIXELS = 100_000_000  # refuse decompression bombs clearly


_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "TIFF": "tif", "BMP": "bmp"}
INDEX_NAME = "index.json"
PROCESS_VERSION = "1"


@dataclass(frozen=True)
class ImageEntry:
    """One image of the library."""

    id: str
    file: str
    credit: str
    original_name: str
    width: int
    height: int
    added_at: str


@dataclass(frozen=True)
class Banner:
    """A processed header image inside a built site (paths relative to the site root)."""

    webp: str
    jpeg: str
    width: int
    height: int
    credit: str


def _validate_image(path: Path) -> tuple[str, int, int]:
    """(extension, width, height) of a readable image file, else a one-line InputError."""
    from PIL import Image, UnidentifiedImageError

    _pil_limits()
    try:
        with Image.open(path) as im:
            fmt = im.format or ""
            im.verify()
        with Image.open(path) as im:
            im.load()
            width, height = im.size
    except FileNotFoundError:
        raise InputError(_("no such file"), source=str(path)) from None
    except IsADirectoryError:
        raise InputError(_("is a directory, not an image"), source=str(path)) from None
    except UnidentifiedImageError:
        raise InputError(_("not an image file Pillow can read"), source=str(path)) from None
    except Image.DecompressionBombError:
        raise InputError(_("image is too large"), source=str(path)) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(_("damaged image ({exc})").format(exc=exc), source=str(path)) from None
    if fmt not in _FORMATS:
        raise InputError(
            _("unsupported image format {format}").format(format=fmt or "unknown"), source=str(path)
        )
    if width < 16 or height < 16:
        raise InputError(
            _("image is too small ({width}x{height})").format(width=width, height=height),
            source=str(path),
        )
    return _FORMATS[fmt], width, height


class ImageLibrary:
    """The header image library in a folder (default ``data_dir()/images``)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else data_dir() / "images"

    @property
    def index_path(self) -> Path:
        return self.root / INDEX_NAME

    def entries(self) -> list[ImageEntry]:
        """The images in the order they were added."""
        if not self.index_path.is_file():
            return []
        try:
            raw = json.loads(self.index_path.read_text(encoding="utf-8"))
            return [ImageEntry(**item) for item in raw["images"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(
                _("image index is damaged: {exc}").format(exc=exc), source=str(self.index_path)
            ) from None

    def path_of(self, entry: ImageEntry) -> Path:
        return self.root / entry.file

    def _save(self, entries: Sequence[ImageEntry]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        data = {"version": 1, "images": [asdict(e) for e in entries]}
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".index-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, self.index_path)

    def add(self, files: Sequence[Path], credit: str) -> list[ImageEntry]:
        """Add ``files`` with one credit line; all are checked first, a bad one adds none.

        Returns the new entries (a file already in the library is not added twice).
        """
        credit = " ".join(credit.split())
        if not credit:
            raise InputError(_("a credit line is required (--credit)"))
        if not files:
            raise InputError(_("no image files given"))
        checked: list[tuple[Path, str, str, int, int]] = []
        for path in files:
            ext, width, height = _validate_image(path)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            checked.append((path, digest, ext, width, height))
        entries = self.entries()
        known = {e.id for e in entries}
        added: list[ImageEntry] = []
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.root.mkdir(parents=True, exist_ok=True)
        for path, digest, ext, width, height in checked:
            if digest in known:
                continue
            name = f"{digest}.{ext}"
            target = self.root / name
            tmp = target.with_name(f".{name}.tmp")
            tmp.write_bytes(path.read_bytes())
            os.replace(tmp, target)
            entry = ImageEntry(digest, name, credit, path.name, width, height, now)
            entries.append(entry)
            added.append(entry)
            known.add(digest)
        self._save(entries)
        return added

    def remove(self, image_id: str) -> ImageEntry:
        """Remove the image whose id starts with ``image_id`` (a unique prefix)."""
        entries = self.entries()
        matches = [e for e in entries if e.id.startswith(image_id)] if image_id else []
        if not matches:
            raise InputError(_("no image with id {image_id!r}").format(image_id=image_id))
        if len(matches) > 1:
            raise InputError(
                _("image id {image_id!r} is ambiguous; give more characters").format(
                    image_id=image_id
                )
            )
        entry = matches[0]
        self._save([e for e in entries if e.id != entry.id])
        self.path_of(entry).unlink(missing_ok=True)
        return entry


def _hash_int(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def assign_images(post_ids: Sequence[str], images: Sequence[ImageEntry]) -> dict[str, ImageEntry]:
    """Pick a header image for each post, given in date order (oldest first).

    The pick is a hash of the post id (deterministic, spread across the
    library); when it equals the previous post's image, another one is chosen
    (also by hash), so two consecutive posts never share an image when the
    library holds two or more.
    """
    if not images:
        return {}
    ordered = sorted(images, key=lambda e: e.id)
    count = len(ordered)
    chosen: dict[str, ImageEntry] = {}
    previous = -1
    for post_id in post_ids:
        index = _hash_int(post_id) % count
        if index == previous and count > 1:
            index = (index + 1 + _hash_int(post_id + "/again") % (count - 1)) % count
        chosen[post_id] = ordered[index]
        previous = index
    return chosen


def banner_key(entry: ImageEntry, *, width: int, ratio: float, tone: Tone) -> str:
    """A name stem that changes whenever the source image or the processing changes."""
    spec = f"{PROCESS_VERSION}:{entry.id}:{width}:{ratio}:{tone}"
    return f"{entry.id[:12]}-{hashlib.sha256(spec.encode()).hexdigest()[:8]}"


def _crop_to_ratio(im: Image.Image, ratio: float) -> Image.Image:
    width, height = im.size
    if width / height > ratio:  # too wide: cut the sides
        new_w = round(height * ratio)
        left = (width - new_w) // 2
        return im.crop((left, 0, left + new_w, height))
    new_h = max(1, round(width / ratio))
    top = (height - new_h) // 2
    return im.crop((0, top, width, top + new_h))


def _tone(im: Image.Image, tone: Tone) -> Image.Image:
    from PIL import Image, ImageOps

    if tone == "sepia":
        gray = ImageOps.grayscale(im)
        return ImageOps.colorize(
            gray, black=(40, 26, 13), white=(255, 240, 214), mid=(165, 132, 94)
        )
    if tone == "soft":
        veil = Image.new("RGB", im.size, (250, 248, 243))
        return Image.blend(im, veil, 0.22)
    return im


def process_banner(
    source: Path,
    out_dir: Path,
    stem: str,
    *,
    width: int = 1200,
    ratio: float = 3.0,
    tone: Tone = "none",
) -> tuple[Path, Path, int, int]:
    """Write ``stem.webp`` and ``stem.jpg`` (banner crop, resized, toned, no metadata).

    Returns (webp path, jpeg path, width, height).
    """
    from PIL import Image, ImageOps

    _pil_limits()
    try:
        with Image.open(source) as opened:
            opened.load()
            im = ImageOps.exif_transpose(opened) or opened
            im = im.convert("RGB")
    except (OSError, SyntaxError, ValueError) as exc:
        raise YotenError(
            _("cannot read header image: {exc}").format(exc=exc), source=str(source)
        ) from None
    im = _crop_to_ratio(im, ratio)
    height = max(1, round(width / ratio))
    im = im.resize((width, height), Image.Resampling.LANCZOS)
    im = _tone(im, tone)
    # A fresh image carries pixels only: no EXIF, XMP, ICC profile or comments.
    clean = Image.new("RGB", im.size)
    clean.paste(im)
    out_dir.mkdir(parents=True, exist_ok=True)
    webp = out_dir / f"{stem}.webp"
    jpeg = out_dir / f"{stem}.jpg"
    clean.save(webp, "WEBP", quality=80, method=4)
    clean.save(jpeg, "JPEG", quality=82, optimize=True, progressive=True)
    return webp, jpeg, width, height
