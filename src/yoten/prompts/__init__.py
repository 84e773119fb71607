"""Prompt templates, kept as files in this package and loaded by name.

A template is plain text with ``string.Template`` placeholders: ``$title`` or
``${title}``; ``$$`` is a literal dollar sign. The first line may name the
template's version::

    # prompt-version: digest-v1

That line is not sent to the model. Packaged templates are versioned by that
line (or, without one, by ``sha256:<first 8 hex digits>`` of the file); a user
template given with ``--prompt FILE`` is always versioned as
``file:<file name>:<sha256 first 8>`` so a digest records exactly which file
wrote it.

Variables a template may use:

* ``digest``: title, outlet, date, url, language, text; ``schema`` (a short
  filled example of the answer's shape; the client adds the full JSON schema
  itself when the server does not enforce it); ``highlights``, ``context``,
  ``topics``, ``sections`` (counts scaled to the article, e.g. ``2–3``)
* ``condense``: title, outlet, date, url, language, text, part, parts, target_chars
* ``verify`` (the checker's model tier): title, date, text (the source, or one
  window of it), part (`` (part 2 of 3)`` or empty), claims (numbered lines)
* ``verify-system``: none; the instructions sent as the system message
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template

from yoten.errors import ConfigError
from yoten.i18n import gettext as _

__all__ = [
    "CONDENSE_VARIABLES",
    "DIGEST_VARIABLES",
    "VERIFY_VARIABLES",
    "PromptTemplate",
    "load_digest_prompt",
    "packaged_prompt",
    "prompt_from_file",
]

DIGEST_VARIABLES = frozenset(
    {
        "title",
        "outlet",
        "date",
        "url",
        "language",
        "text",
        "schema",
        "highlights",
        "context",
        "topics",
        "sections",
    }
)
CONDENSE_VARIABLES = frozenset(
    {"title", "outlet", "date", "url", "language", "text", "part", "parts", "target_chars"}
)
VERIFY_VARIABLES = frozenset({"title", "date", "text", "part", "claims"})
_VARIABLES = {
    "digest": DIGEST_VARIABLES,
    "condense": CONDENSE_VARIABLES,
    "verify": VERIFY_VARIABLES,
    "verify-system": frozenset(),
}
_VERSION_LINE = re.compile(r"^#\s*prompt-version:\s*(\S+)\s*$")


@dataclass(frozen=True)
class PromptTemplate:
    """A loaded, validated template: its text (version line removed) and version."""

    name: str
    text: str
    version: str
    variables: frozenset[str]

    def render(self, **values: object) -> str:
        """Fill the template; every variable it uses must be given."""
        missing = self.identifiers() - values.keys()
        if missing:
            raise ConfigError(
                _("prompt {name}: no value for ${missing}").format(
                    name=self.name, missing=min(missing)
                )
            )
        return Template(self.text).substitute({k: str(v) for k, v in values.items()})

    def identifiers(self) -> frozenset[str]:
        """The placeholder names the template uses."""
        return frozenset(Template(self.text).get_identifiers())


def _split_version(raw: str) -> tuple[str | None, str]:
    """(version or None, text without the version line)."""
    first, sep, rest = raw.partition("\n")
    match = _VERSION_LINE.match(first.strip())
    if match:
        return match.group(1), rest.lstrip("\n") if sep else ""
    return None, raw


def _sha8(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:8]


def _validate(name: str, text: str, allowed: frozenset[str], where: str) -> None:
    """Reject a template with a malformed placeholder, an unknown variable or no $text."""
    template = Template(text)
    if not template.is_valid():
        # Find the first bad "$" for the message (string.Template's own error is multi-part).
        for lineno, line in enumerate(text.splitlines(), 1):
            if not Template(line).is_valid():
                raise ConfigError(
                    _(
                        "prompt template has a bad placeholder on line {lineno} (use $name or ${{name}}; $$ for a literal $)"
                    ).format(lineno=lineno),
                    source=where,
                )
        raise ConfigError(_("prompt template has a bad placeholder"), source=where)
    used = set(template.get_identifiers())
    unknown = sorted(used - allowed)
    if unknown:
        raise ConfigError(
            _("unknown prompt variable ${unknown} (allowed: {allowed})").format(
                unknown=unknown[0], allowed=", ".join(sorted(allowed))
            ),
            source=where,
        )
    if "text" in allowed and "text" not in used:
        raise ConfigError(_("prompt template never uses $text, the article"), source=where)


def packaged_prompt(name: str) -> PromptTemplate:
    """The packaged template ``name`` ("digest", "condense", "verify" or "verify-system")."""
    if name not in _VARIABLES:
        raise ConfigError(_("no packaged prompt named {name!r}").format(name=name))
    resource = resources.files(__package__).joinpath(f"{name}.md")
    raw = resource.read_bytes()
    version, text = _split_version(raw.decode("utf-8"))
    _validate(name, text, _VARIABLES[name], f"{name}.md")
    return PromptTemplate(name, text, version or f"sha256:{_sha8(raw)}", _VARIABLES[name])


def prompt_from_file(path: Path, *, name: str = "digest") -> PromptTemplate:
    """A user template replacing packaged template ``name``; same variables, versioned by hash."""
    try:
        raw = path.read_bytes()
        decoded = raw.decode("utf-8")
    except OSError as exc:
        raise ConfigError(
            _("cannot read prompt file: {error}").format(error=exc.strerror or exc),
            source=str(path),
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(_("prompt file is not UTF-8 text"), source=str(path)) from None
    _version, text = _split_version(decoded)
    if not text.strip():
        raise ConfigError(_("prompt file is empty"), source=str(path))
    _validate(name, text, _VARIABLES[name], str(path))
    return PromptTemplate(name, text, f"file:{path.name}:{_sha8(raw)}", _VARIABLES[name])


def load_digest_prompt(prompt_file: Path | None = None) -> PromptTemplate:
    """The user's ``--prompt`` file if given, else the packaged digest template."""
    return prompt_from_file(prompt_file) if prompt_file is not None else packaged_prompt("digest")
