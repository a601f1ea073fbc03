"""Test-wide setup: Qt runs offscreen unless told otherwise; no test touches the network."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
