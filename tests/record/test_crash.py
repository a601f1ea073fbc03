"""A writer killed in the middle of a transaction loses at most the entry it was writing; every entry it had
committed is there and the chain verifies (SQLite WAL with a full sync on each commit)."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.record import open_log

WRITER = textwrap.dedent("""
    import os, sys
    from desktop.record import open_log
    from desktop.checks import validate_text
    import datetime as dt
    report = validate_text(sys.argv[2].replace("|", "\\n"), dt.date(2010, 1, 1))
    log = open_log(sys.argv[1], "ws-crash")
    n = 0
    while True:
        n += 1
        # a large image makes each transaction long, so the kill usually lands inside one
        e = log.record_examination(report, image=os.urandom(3_000_000), officer="writer")
        print(e.seq, flush=True)
""")


@pytest.mark.parametrize("after", [3, 8, 15])
def test_killing_the_writer_mid_write_loses_nothing_committed(tmp_path, after):
    from tests.record.conftest import TD3

    path = tmp_path / "log.sqlite"
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), TD3.replace("\n", "|")], stdout=subprocess.PIPE,
                              text=True, env=env)
    committed = []
    try:
        while len(committed) < after:
            line = writer.stdout.readline()
            assert line, "the writer stopped by itself"
            committed.append(int(line))
        time.sleep(0.003 * after)  # somewhere inside the next transaction
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    committed += [int(x) for x in writer.stdout.read().split()]
    log = open_log(path, "ws-crash")
    try:
        seqs = [e.seq for e in log.entries()]
        assert seqs[:len(committed)] == committed  # every reported commit survived, in order
        assert len(seqs) <= len(committed) + 1  # at most the entry being written when the kill came
        assert log.verify().ok
        log.record_examination(log.report_of(log.entry(committed[-1])))  # and the log goes on
        assert log.verify().ok
    finally:
        log.close()
