"""Runs one emulated passport chip (virtualsmartcard's ePass card behind vpcd) serving the files of a folder.

    python vicc_card.py LIBRARY_DIR PORT FILES_DIR       files are named by their FID in hex: 011E.bin, 0101.bin …

Started by tests/chip/emulator.py in its own process. The emulator is GPL and test-only: this file only
drives it (our code); it is never bundled.
"""

import logging
import os
import sys

sys.path.insert(0, sys.argv[1])
port, folder = int(sys.argv[2]), sys.argv[3]

from virtualsmartcard import CardGenerator  # noqa: E402
from virtualsmartcard.SmartcardFilesystem import DF, MF, TransparentStructureEF  # noqa: E402
from virtualsmartcard.cards.ePass import PassportSAM  # noqa: E402
from virtualsmartcard.VirtualSmartcard import VirtualICC  # noqa: E402


def build():
    """The master file with the eMRTD application (Part 10 §3.10) holding our files; the SAM takes its BAC
    keys from our DG1."""
    mf = MF()
    df = DF(parent=mf, fid=4, dfname=bytes.fromhex("A0000002471001"), bertlv_data=[])
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            df.append(TransparentStructureEF(parent=df, fid=int(name.split(".")[0], 16), filedescriptor=0,
                                             data=handle.read()))
    mf.append(df)
    return mf, PassportSAM(mf)


card = build()
CardGenerator.CardGenerator.getCard = lambda self: card  # serve our card instead of prompting for one
level = logging.DEBUG if os.environ.get("VICC_DEBUG") else logging.CRITICAL
VirtualICC(None, "ePass", "localhost", port, logginglevel=level).run()
