"""Watch the scanner's output folder: every new image — and every image a scanner writes again under the same
name — is examined once, in the order it arrived, when it has stopped changing (issue 23).

A file is tracked by name, size and modification time. It is *ready* when that signature has not changed for
STABLE_SECONDS of real time, measured on one clock: the folder watcher and the poll timer only make it look
sooner, they never shorten the wait (two looks a millisecond apart once passed a half-written scan). A file
that vanishes is forgotten without losing the others; one that comes back, or is overwritten, is new again.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.pipeline import IMAGE_SUFFIXES

STABLE_SECONDS = 1.0


@dataclass
class Tracker:
    """The folder's bookkeeping, without Qt (and so tested with a clock of its own)."""
    folder: Path
    stable: float = STABLE_SECONDS
    done: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> signature examined (or there at start)
    changing: dict[str, tuple[tuple[int, int], float]] = field(default_factory=dict)  # name -> (signature, since)

    def start(self) -> None:
        """What is in the folder already is not new."""
        self.done = {name: sig for name, sig in self._scan().items()}
        self.changing = {}

    def _scan(self) -> dict[str, tuple[int, int]]:
        found = {}
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return found
        for entry in entries:
            if Path(entry.name).suffix.lower() not in IMAGE_SUFFIXES:
                continue
            try:
                if not entry.is_file():  # follows links; a FIFO or a folder is never an image
                    continue
                info = entry.stat()
            except OSError:  # vanished between the listing and the look
                continue
            found[entry.path] = (info.st_size, info.st_mtime_ns)
        return found

    def look(self, now: float | None = None) -> list[str]:
        """The files that have become ready, oldest first."""
        now = time.monotonic() if now is None else now
        present = self._scan()
        for name in list(self.changing):
            if name not in present:
                del self.changing[name]
        for name in list(self.done):
            if name not in present:
                del self.done[name]  # gone: a file of that name later is a new scan
        ready = []
        for name, sig in present.items():
            if self.done.get(name) == sig or sig[0] == 0:
                continue
            seen = self.changing.get(name)
            if seen is None or seen[0] != sig:
                self.changing[name] = (sig, now)  # new, or still being written: the wait starts again
            elif now - seen[1] >= self.stable:
                ready.append((sig[1], name))
        for _, name in ready:
            self.done[name] = self.changing.pop(name)[0]
        return [name for _, name in sorted(ready)]


class HotFolder(QObject):
    filesReady = Signal(list)  # new, fully written images, oldest first

    def __init__(self, parent=None, interval_ms: int = 300, stable: float = STABLE_SECONDS):
        super().__init__(parent)
        self.tracker: Tracker | None = None
        self.stable = stable
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._look)
        self.timer = QTimer(self, interval=interval_ms)  # polls too: network shares do not always notify
        self.timer.timeout.connect(self._look)

    @property
    def folder(self) -> Path | None:
        return self.tracker.folder if self.tracker else None

    def watch(self, folder: str | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.timer.stop()
        self.tracker = None
        if folder and Path(folder).is_dir():
            self.tracker = Tracker(Path(folder), self.stable)
            self.tracker.start()
            self.watcher.addPath(folder)
            self.timer.start()

    def _look(self, *_args) -> None:
        if self.tracker is None:
            return
        ready = self.tracker.look()
        if ready:
            self.filesReady.emit(ready)
