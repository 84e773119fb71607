"""Tokens the digest prompt takes before the article, counted by a real server's tokenizer.

Run from the repository root against llama.cpp's server (it has ``POST /tokenize``)::

    python benchmarks/prompt_size.py --server http://127.0.0.1:8080 [--prompt FILE]

Prints the prompt's size with an empty article in the two ways yoten sends it:
with the short skeleton only (the server enforces the schema: ``json_schema``
or ``json_object`` with a schema) and with the full JSON schema appended (the
server does not enforce it). Counts are for medium-length-article counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import httpx

from yoten.engines.openai_compat import Counts, digest_schema, skeleton
from yoten.prompts import load_digest_prompt


def count(server: str, text: str) -> int:
    response = httpx.post(f"{server.rstrip('/')}/tokenize", json={"content": text}, timeout=30)
    response.raise_for_status()
    return len(response.json()["tokens"])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server", required=True, help="llama.cpp server root (no /v1)")
    parser.add_argument("--prompt", type=Path, default=None)
    args = parser.parse_args()
    template = load_digest_prompt(args.prompt)
    counts = Counts((3, 4), (1, 2), (2, 3), (1, 3))
    values = {
        "title": "T", "outlet": "O", "date": "2024-09-12", "url": "https://e.x/a",
        "language": "en", "text": "", "schema": skeleton(), **counts.prompt_values(),
    }  # fmt: skip
    enforced = template.render(**values)
    schema = json.dumps(digest_schema(counts), ensure_ascii=False, separators=(",", ":"))
    fallback = (
        enforced + "\n\nAnswer with one JSON object only, matching this JSON schema:\n" + schema
    )
    print(f"prompt {template.version}")
    print(
        f"  schema enforced by the server: {count(args.server, enforced):5d} tokens, {len(enforced.encode()):5d} bytes"
    )
    print(
        f"  schema in the prompt:          {count(args.server, fallback):5d} tokens, {len(fallback.encode()):5d} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
