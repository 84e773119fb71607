"""sitemap.xml (sitemaps.org 0.9) for the built blog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

__all__ = ["build_sitemap"]

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def build_sitemap(base_url: str, pages: Sequence[tuple[str, dt.datetime | None]]) -> bytes:
    """A sitemap listing ``base_url + href`` for each (href, last modified) page."""
    from xml.etree import ElementTree as ET  # loaded when a sitemap is written, not per build

    urlset = ET.Element("urlset", xmlns=NS)
    for href, modified in pages:
        url = ET.SubElement(urlset, "url")
        ET.SubElement(url, "loc").text = base_url + href
        if modified is not None:
            ET.SubElement(url, "lastmod").text = modified.date().isoformat()
    ET.indent(urlset)
    body: bytes = ET.tostring(urlset, encoding="utf-8", xml_declaration=True)
    return body + b"\n"
