"""Where the workstation's log and key live, and what the workstation is called (settings have the last word)."""

from __future__ import annotations

import os
import platform
import re

from desktop.paths import data_dir  # noqa: F401  (the record's folder: one definition for the app)

ENV_LOG = "DOCEXAM_LOG"
ENV_WORKSTATION = "DOCEXAM_WORKSTATION"
WORKSTATION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def default_log() -> str:
    """$DOCEXAM_LOG (a path or a postgresql:// URL), else log.sqlite in the user data folder."""
    return os.environ.get(ENV_LOG) or str(data_dir() / "log.sqlite")


def default_workstation() -> str:
    """$DOCEXAM_WORKSTATION, else the computer's name (letters, digits, . _ - kept)."""
    name = os.environ.get(ENV_WORKSTATION) or platform.node() or "workstation"
    name = re.sub(r"[^A-Za-z0-9._-]", "-", name).strip("-.") or "workstation"
    return name[:64]


def check_workstation(name: str) -> str:
    if not WORKSTATION.match(name or ""):
        raise ValueError(f"not a workstation id (letters, digits, '.', '_', '-'; at most 64): {name!r}")
    return name
