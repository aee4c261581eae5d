"""Bench-only SQL statement counter, loaded into the benchmark's server through ``PYTHONPATH``.

When ``FRONTLINE_BENCH_SQLCOUNT_DIR`` is set, every SQLAlchemy engine of the process counts the statements it
executes (``before_cursor_execute``) and a daemon thread writes the running total to ``<dir>/<pid>.count``
every 0.2 s. ``forum.bench.server.ServerProcess.sql_statements`` sums those files. The app's code is not
touched; without the variable (every ordinary run) this file is never on the path and does nothing.
"""

from __future__ import annotations

import os

_DIR = os.environ.get("FRONTLINE_BENCH_SQLCOUNT_DIR")
if _DIR:
    import threading
    import time

    _count = [0]
    _writer_pid: list[int] = [0]

    def _write_forever(directory: str) -> None:
        path = os.path.join(directory, f"{os.getpid()}.count")
        while True:  # a daemon thread: it ends with its process
            try:
                with open(path + ".tmp", "w") as handle:
                    handle.write(str(_count[0]))
                os.replace(path + ".tmp", path)
            except OSError:
                pass
            time.sleep(0.2)

    def _on_execute(*_args: object, **_kwargs: object) -> None:
        if _writer_pid[0] != os.getpid():  # first statement in this (possibly forked) process
            _writer_pid[0] = os.getpid()
            _count[0] = 0
            threading.Thread(target=_write_forever, args=(_DIR,), daemon=True).start()
        _count[0] += 1

    try:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        event.listen(Engine, "before_cursor_execute", _on_execute)
    except ImportError:  # a process without SQLAlchemy
        pass
