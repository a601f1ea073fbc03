"""Watch the scanner's output folder: each new image is examined, newest first, once it is fully written
(its size has not changed between two looks half a second apart)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.pipeline import IMAGE_SUFFIXES


class HotFolder(QObject):
    filesReady = Signal(list)  # new, fully written images, newest first

    def __init__(self, parent=None, interval_ms: int = 500):
        super().__init__(parent)
        self.folder: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._look)
        self.timer = QTimer(self, interval=interval_ms)  # polls too: network shares do not always notify
        self.timer.timeout.connect(self._look)
        self.seen: set[str] = set()
        self.pending: dict[str, int] = {}

    def watch(self, folder: str | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.timer.stop()
        self.folder = Path(folder) if folder else None
        self.pending = {}
        if self.folder and self.folder.is_dir():
            self.seen = {str(p) for p in self.folder.iterdir()}  # what is there already is not "new"
            self.watcher.addPath(str(self.folder))
            self.timer.start()

    def _look(self, *_args) -> None:
        if not self.folder or not self.folder.is_dir():
            return
        ready = []
        for path in self.folder.iterdir():
            name = str(path)
            if name in self.seen or path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
                continue
            size = path.stat().st_size
            if size > 0 and self.pending.get(name) == size:
                ready.append(path)
            self.pending[name] = size
        for path in ready:
            self.seen.add(str(path))
            self.pending.pop(str(path), None)
        if ready:
            self.filesReady.emit([str(p) for p in sorted(ready, key=os.path.getmtime, reverse=True)])
