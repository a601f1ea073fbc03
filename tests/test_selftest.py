"""`docexam selftest`: passes on a good installation, and says FAIL when a verdict is wrong."""

import os
import subprocess
import sys

from desktop import cli, selftest


def test_selftest_passes_with_the_window_offscreen():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "desktop", "selftest"], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "selftest passed"
    assert any(line.startswith("ok   window") and "'PASS'" in line and "ТЭНЦСЭН" in line for line in lines)
    assert "propagateSizeHints" not in done.stderr


def test_a_wrong_verdict_fails_the_selftest(monkeypatch, capsys):
    monkeypatch.setattr(selftest, "SAMPLES", (("utopia-td3-tampered.png", "pass"),))
    assert cli.main(["selftest", "--no-gui"]) == 1
    out = capsys.readouterr().out
    assert "FAIL samples: utopia-td3-tampered.png: got 'fail', expected 'pass'" in out
    assert out.splitlines()[-1] == "selftest FAILED"
