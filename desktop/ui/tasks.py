"""Run work off the GUI thread (as Picard's run_task and Anki's QueryOp do): one reading at a time.

Workers never touch widgets; results come back to the main thread through a queued signal. A newer request
supersedes an older one: the older one's result is dropped when it arrives (stale request id).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object, object)  # request id, result, error


class _Job(QRunnable):
    def __init__(self, request: int, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.request, self.work, self.relay = request, work, relay

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except Exception as exc:  # reported in the window, never a crash
            result, error = None, exc
        self.relay.done.emit(self.request, result, error)


class TaskRunner(QObject):
    """Submit callables; `finished(result)` or `failed(message)` fires for the newest one only."""

    finished = Signal(object)
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one reader, used from one thread: models load once
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._current = 0
        self._running = 0

    def submit(self, work: Callable[[], Any]) -> int:
        self._current += 1
        self._running += 1
        self.busy.emit(True)
        self.pool.start(_Job(self._current, work, self._relay))
        return self._current

    def cancel(self) -> None:
        """Forget the running request: its result will be ignored when it comes."""
        self._current += 1

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, request: int, result: Any, error: Exception | None) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy.emit(False)
        if request != self._current:
            return  # superseded by a newer document
        if error is not None:
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(result)
