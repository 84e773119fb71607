"""CPU time of yoten's commands that do (almost) nothing: what start-up costs.

    python benchmarks/cli_startup.py [--repeat 7] [--src PATH]

Runs each command in a child process ``--repeat`` times and prints the median
CPU time (user + system) and wall time: ``yoten --help``, ``yoten url URL``,
``yoten run`` on an empty store (created and migrated once before). ``--src``
runs another checkout's ``src`` folder with the same interpreter, for a
before/after comparison (e.g. ``git archive <commit> src | tar -x -C /tmp/old``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds and wall seconds of one child ``python -m yoten ARGS``."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "yoten", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    assert proc.stderr is not None
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"yoten {' '.join(args)} failed: {proc.stderr.read().decode()}")
    proc.stderr.close()
    return usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--src", type=Path, help="a src folder to run instead of the installed yoten"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
        env["YOTEN_HOME"] = tmp
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules compiled once, then cached
        if args.src:
            env["PYTHONPATH"] = str(args.src.resolve())
        db = f"sqlite:///{tmp}/yoten.db"
        commands = {
            "yoten --help": ["--help"],
            "yoten url URL": [
                "url",
                "https://www.example.com/news/1?utm_source=newsletter&utm_medium=email",
            ],
            "yoten run (nothing to do)": ["run", "--db", db],
        }
        measure(commands["yoten run (nothing to do)"], env)  # create and migrate the store once
        print(f"median of {args.repeat} runs each" + (f", src {args.src}" if args.src else ""))
        for label, argv in commands.items():
            runs = [measure(argv, env) for _ in range(args.repeat)]
            cpu, wall = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
            print(f"  {label:<28} {cpu:5.2f} s CPU  {wall:5.2f} s wall")


if __name__ == "__main__":
    main()
