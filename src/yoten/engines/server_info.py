"""What a model server says about itself: its kind, its models and their context size.

Read from the servers' own endpoints, best effort (a server that does not
answer one is simply not that kind):

* llama.cpp's server: ``GET /props`` → ``default_generation_settings.n_ctx``
  (the context of one slot); ``/v1/models`` entries carry ``meta.n_ctx`` too;
* Ollama: ``GET /api/version``; the context a ``/v1`` request gets is the
  model's ``num_ctx`` parameter (``POST /api/show``) or, for a loaded model,
  ``context_length`` in ``GET /api/ps``; otherwise Ollama's default
  (4,096 tokens unless the server was started with ``OLLAMA_CONTEXT_LENGTH``),
  and through ``/v1`` yoten cannot change it: Ollama cuts longer prompts
  silently, so yoten condenses to fit and says so;
* vLLM: ``/v1/models`` entries carry ``max_model_len``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from yoten.i18n import gettext as _

__all__ = ["OLLAMA_DEFAULT_CONTEXT", "ServerInfo", "probe_server", "root_of"]

OLLAMA_DEFAULT_CONTEXT = 4096
_MAX_INFO_BYTES = 2_000_000


@dataclass
class ServerInfo:
    """One server as yoten sees it."""

    base_url: str
    kind: str = "openai-compatible"
    version: str | None = None
    models: list[str] = field(default_factory=list)
    context: int | None = None
    context_source: str | None = None
    notes: list[str] = field(default_factory=list)


def root_of(base_url: str) -> str:
    """The server root: the base URL without its trailing ``/v1``."""
    url = base_url.rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


def _get_json(
    client: httpx.Client, method: str, url: str, body: dict[str, Any] | None = None
) -> Any:
    """A small JSON answer, or None for any failure (not this kind of server)."""
    try:
        response = client.request(method, url, json=body)
    except httpx.HTTPError:
        return None
    if response.status_code != 200 or len(response.content) > _MAX_INFO_BYTES:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def probe_server(
    base_url: str, model: str | None = None, *, api_key: str | None = None, timeout: float = 5.0
) -> ServerInfo:
    """Ask the server what it is, what it serves and how long a context ``model`` gets."""
    info = ServerInfo(base_url=base_url.rstrip("/"))
    root = root_of(base_url)
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    with httpx.Client(headers=headers, timeout=timeout) as client:
        listed = _get_json(client, "GET", f"{info.base_url}/models")
        entries = listed.get("data") if isinstance(listed, dict) else None
        by_id: dict[str, dict[str, Any]] = {}
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                by_id[entry["id"]] = entry
        info.models = sorted(by_id)
        chosen = by_id.get(model or "") or (next(iter(by_id.values())) if len(by_id) == 1 else {})

        props = _get_json(client, "GET", f"{root}/props")
        if isinstance(props, dict) and isinstance(props.get("default_generation_settings"), dict):
            info.kind = "llama.cpp"
            info.version = str(props.get("build_info") or "") or None
            n_ctx = props["default_generation_settings"].get("n_ctx")
            if isinstance(n_ctx, int) and n_ctx > 0:
                info.context, info.context_source = n_ctx, "/props"
            return info

        version = _get_json(client, "GET", f"{root}/api/version")
        if isinstance(version, dict) and "version" in version:
            info.kind = "ollama"
            info.version = str(version["version"])
            _ollama_context(client, root, model, info)
            return info

        if isinstance(chosen.get("max_model_len"), int):
            info.kind = "vllm"
            info.context, info.context_source = int(chosen["max_model_len"]), "/v1/models"
        elif isinstance(chosen.get("meta"), dict) and isinstance(chosen["meta"].get("n_ctx"), int):
            info.kind = "llama.cpp"
            info.context, info.context_source = int(chosen["meta"]["n_ctx"]), "/v1/models"
    return info


def _ollama_context(client: httpx.Client, root: str, model: str | None, info: ServerInfo) -> None:
    if not model:
        return
    shown = _get_json(client, "POST", f"{root}/api/show", {"model": model})
    if isinstance(shown, dict):
        for line in str(shown.get("parameters") or "").splitlines():
            name, _sep, value = line.strip().partition(" ")
            if name == "num_ctx" and value.strip().isdigit():
                info.context, info.context_source = int(value.strip()), "num_ctx (/api/show)"
                return
        model_info = shown.get("model_info")
        if isinstance(model_info, dict):
            trained = [v for k, v in model_info.items() if k.endswith(".context_length")]
            if trained and isinstance(trained[0], int):
                info.notes.append(
                    _("the model was trained for {tokens} tokens of context").format(
                        tokens=trained[0]
                    )
                )
    running = _get_json(client, "GET", f"{root}/api/ps")
    for entry in running.get("models", []) if isinstance(running, dict) else []:
        if (
            isinstance(entry, dict)
            and entry.get("name") in (model, f"{model}:latest")
            and isinstance(entry.get("context_length"), int)
        ):
            info.context, info.context_source = int(entry["context_length"]), "loaded (/api/ps)"
            return
    info.context, info.context_source = OLLAMA_DEFAULT_CONTEXT, "Ollama's default (assumed)"
    info.notes.append(
        _(
            "through /v1 Ollama gives {tokens} tokens unless started with "
            "OLLAMA_CONTEXT_LENGTH (a digest needs about 8192) and cuts longer prompts silently"
        ).format(tokens=OLLAMA_DEFAULT_CONTEXT)
    )
