"""models: what a model server serves, its context size and which structured output it takes."""

from __future__ import annotations

import json
import re
import sys
from typing import Annotated, Any

import typer

from yoten.cli.app import app
from yoten.cli.common import BaseUrlOpt, ModelOpt, TimeoutOpt, make_settings
from yoten.errors import ConfigError, EngineError
from yoten.i18n import gettext as _

__all__ = ["models"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_PROBE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}},
    "required": ["ok"],
    "additionalProperties": False,
}
# What one digest needs, roughly: the prompt (~900 tokens), a typical article
# (~2,000) and the answer (~2,500).
DIGEST_CONTEXT = 6000


def _plain(text: object) -> str:
    """Server-supplied text made safe for a terminal: no control characters, one line."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())[:200]


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yoten models --base-url http://127.0.0.1:8080/v1\n\n"
        "  yoten models --base-url http://127.0.0.1:11434/v1 --model qwen2.5:14b --json"
    )
)
def models(
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    timeout: TimeoutOpt = None,
    probe: Annotated[
        bool,
        typer.Option(
            "--probe/--no-probe",
            help="Send one tiny request to learn which structured output the server takes.",
        ),
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Show what a server serves, the context a model gets, and whether it takes json_schema."""
    from yoten.engines.model_client import ModelClient, Timeouts
    from yoten.engines.server_info import probe_server

    settings = make_settings(base_url=base_url, model=model, model_timeout=timeout)
    if not settings.base_url:
        raise ConfigError(_("yoten models needs --base-url (or YOTEN_BASE_URL)"))
    key = settings.api_key.get_secret_value() if settings.api_key else None
    chosen = settings.model
    info = probe_server(settings.base_url, chosen, api_key=key)
    if chosen is None and len(info.models) == 1:
        chosen = info.models[0]
        info = probe_server(settings.base_url, chosen, api_key=key)
    if not info.models and info.kind == "openai-compatible":
        raise EngineError(
            _("no OpenAI-compatible server answered GET /models"), source=settings.base_url
        )
    output: str | None = None
    if probe and chosen:
        client = ModelClient(
            base_url=settings.base_url,
            model=chosen,
            api_key=key,
            timeouts=Timeouts.from_total(settings.model_timeout),
            max_retries=0,
        )
        try:
            answer = client.complete(
                [{"role": "user", "content": 'Answer with {"ok": true}.'}],
                max_tokens=16,
                schema=_PROBE_SCHEMA,
                schema_name="probe",
            )
            output = answer.mode
        finally:
            client.close()
    report: dict[str, Any] = {
        "base_url": info.base_url,
        "kind": info.kind,
        "version": info.version,
        "models": info.models,
        "model": chosen,
        "context": info.context,
        "context_source": info.context_source,
        "structured_output": output,
        "notes": list(info.notes),
    }
    if info.context is not None and info.context < DIGEST_CONTEXT:
        hint = {
            "ollama": _("start Ollama with OLLAMA_CONTEXT_LENGTH={length}").format(
                length=DIGEST_CONTEXT // 1024 * 1024 + 2048
            ),
            "llama.cpp": _(
                "start llama-server with -c 8192 (per slot: -c is split between -np slots)"
            ),
            "vllm": _("start vLLM with --max-model-len 8192"),
        }.get(info.kind, _("use a model with a larger context"))
        report["notes"].append(
            _(
                "{tokens} tokens is small for a digest (about {needed} needed): longer "
                "articles will be condensed first; {hint}"
            ).format(tokens=info.context, needed=DIGEST_CONTEXT, hint=hint)
        )
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return
    server = f"{_plain(info.base_url)} ({_plain(info.kind)}" + (
        f" {_plain(info.version)})" if info.version else ")"
    )
    rows = [(_("server"), server)]
    for name in info.models:
        rows.append((_("model"), _plain(name) + (_("  (chosen)") if name == chosen else "")))
    context = (
        _("{tokens} tokens ({source})").format(
            tokens=info.context, source=_plain(info.context_source)
        )
        if info.context
        else _("unknown")
    )
    rows.append((_("context"), context))
    if output is not None:
        takes = _("yes") if output == "json_schema" else _("no; uses {mode}").format(mode=output)
        rows.append(("json_schema", takes))
    rows.extend((_("note"), _plain(note)) for note in report["notes"])
    from rich.cells import cell_len  # Japanese labels take two columns a character

    width = max(len("json_schema"), *(cell_len(label) for label, _value in rows))
    for label, value in rows:
        print(label + " " * (width - cell_len(label) + 1) + value)
