"""Pydantic's reason for refusing a value, in the user's language (CLI options, settings)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from yoten.i18n import N_, gettext

__all__ = ["PYDANTIC", "reason"]

#: Pydantic's messages by error type (its public ``errors()``), as Pydantic words them.
PYDANTIC = {
    "int_parsing": N_("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": N_("Input should be a valid integer, got a number with a fractional part"),
    "float_parsing": N_("Input should be a valid number, unable to parse string as a number"),
    "bool_parsing": N_("Input should be a valid boolean, unable to interpret input"),
    "string_type": N_("Input should be a valid string"),
    "greater_than": N_("Input should be greater than {gt}"),
    "greater_than_equal": N_("Input should be greater than or equal to {ge}"),
    "less_than": N_("Input should be less than {lt}"),
    "less_than_equal": N_("Input should be less than or equal to {le}"),
    "enum": N_("Input should be {expected}"),
    "literal_error": N_("Input should be {expected}"),
}


def reason(error: Mapping[str, Any]) -> str:
    """One entry of ``ValidationError.errors()`` as the user reads it.

    A ``ValueError`` of yoten's own validators is its message (already in the
    user's language, without Pydantic's "Value error, "); a known Pydantic
    message is said again from the catalog when it is worded as expected;
    anything else is Pydantic's message as is.
    """
    kind, said = str(error.get("type")), str(error.get("msg", ""))
    fields = {str(k): v for k, v in (error.get("ctx") or {}).items()}
    if kind == "value_error" and isinstance(fields.get("error"), ValueError):
        return str(fields["error"])
    template = PYDANTIC.get(kind)
    try:
        if template is not None and template.format(**fields) == said:
            return gettext(template).format(**fields)
    except (KeyError, IndexError, ValueError):
        pass
    return said
