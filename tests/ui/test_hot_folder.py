"""The hot folder (issue 23, item 16): a scan paused mid-write is not examined early, a vanished file does not
drop the others, a scanner overwriting scan.png is examined each time, and a burst of scans is examined in
full, in order, each recorded."""

import os
import shutil

from desktop.paths import resource
from desktop.ui.hot_folder import Tracker

SAMPLE = resource("samples", "utopia-td3.png")
TAMPERED = resource("samples", "utopia-td3-tampered.png")


def test_a_scan_paused_mid_write_waits_for_the_stable_time(tmp_path):
    t = Tracker(tmp_path, stable=1.0)
    t.start()
    scan = tmp_path / "scan.png"
    scan.write_bytes(SAMPLE.read_bytes()[:5000])  # the scanner pauses after 5 KB
    assert t.look(0.0) == [] and t.look(0.001) == []  # two looks at once (watcher and timer): not ready
    assert t.look(0.5) == []
    scan.write_bytes(SAMPLE.read_bytes())  # the rest arrives
    os.utime(scan, ns=(10**9, 2 * 10**9))
    assert t.look(0.9) == [] and t.look(1.5) == []  # the wait starts again
    assert t.look(2.0) == [str(scan)]
    assert t.look(9.0) == []  # once


def test_a_vanished_file_does_not_drop_the_others_and_an_overwrite_is_new(tmp_path):
    t = Tracker(tmp_path, stable=1.0)
    t.start()
    for n in range(3):
        shutil.copy(SAMPLE, tmp_path / f"scan-{n}.png")
        os.utime(tmp_path / f"scan-{n}.png", ns=(n * 10**9, n * 10**9))
    assert t.look(0.0) == []
    (tmp_path / "scan-1.png").unlink()
    assert t.look(1.5) == [str(tmp_path / "scan-0.png"), str(tmp_path / "scan-2.png")]  # oldest first
    shutil.copy(TAMPERED, tmp_path / "scan-0.png")  # the scanner writes scan-0.png again
    os.utime(tmp_path / "scan-0.png", ns=(7 * 10**9, 7 * 10**9))
    assert t.look(2.0) == [] and t.look(3.5) == [str(tmp_path / "scan-0.png")]


def test_what_is_there_already_and_what_is_no_image_are_left_alone(tmp_path):
    shutil.copy(SAMPLE, tmp_path / "old.png")
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "notes.txt").write_text("x")
    t = Tracker(tmp_path, stable=0.0)
    t.start()
    assert t.look(1.0) == [] and t.look(2.0) == []


def test_a_burst_of_scans_is_examined_in_full_and_in_order(qtbot, window, tmp_path):
    from desktop.record import open_log

    window.hot.stable = 0.2
    window.set_hot_folder(str(tmp_path))
    for n in range(12):  # more than Recent files holds
        shutil.copy(SAMPLE if n % 2 else TAMPERED, tmp_path / f"scan-{n:02}.png")
        os.utime(tmp_path / f"scan-{n:02}.png", ns=(n * 10**9, n * 10**9))
    qtbot.waitUntil(lambda: window.current is not None and window.current.name == "scan-11.png"
                    and not window.hot_busy, timeout=120000)
    log = open_log(window.settings.value("log"), "test-desk")
    sources = [e.personal["source"].rsplit("/", 1)[-1] for e in log.entries() if e.kind == "examination"]
    log.close()
    assert sources == [f"scan-{n:02}.png" for n in range(12)]  # every one, in the order written
