"""`docexam selftest`: proves an installation works — on the bundled samples, every verdict must be right.

Run on a workstation after installing (or by CI on the frozen bundle, with no Tesseract on PATH): the samples
(valid, tampered, unreadable), the sample MRZ texts, every bundled specimen read back from its image, the OCR
engines and the translations. The window is opened once by desktop.ui.selftest (offscreen where there is no
display). Exit 0 only if every step is right.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Callable

from desktop import pipeline
from desktop.paths import resource

SPECIMEN_DAY = dt.date(2010, 1, 1)  # the Utopia samples expired in 2012
SAMPLES = (("utopia-td3.png", "pass"), ("utopia-td3-tampered.png", "fail"), ("utopia-td3-shaken.png", "unreadable"))


class Failed(Exception):
    """A step's verdict or output is not what a working installation gives."""


def _expect(what: str, got, wanted) -> None:
    if got != wanted:
        raise Failed(f"{what}: got {got!r}, expected {wanted!r}")


def samples(reader) -> str:
    for name, wanted in SAMPLES:
        report = pipeline.examine_image(str(resource("samples", name)), reader, SPECIMEN_DAY)[0]
        _expect(name, report.status, wanted)
    return ", ".join(f"{n} {w}" for n, w in SAMPLES)


def texts(_reader) -> str:
    reports = pipeline.examine_text_file(str(resource("samples", "samples.txt")), SPECIMEN_DAY)
    # TD3, TD1, TD2 pass on 2010-01-01; the MRV-A visa expired in 1994, and the last document is tampered.
    _expect("samples.txt verdicts", [r.status for r in reports], ["pass"] * 3 + ["fail", "fail"])
    return f"{len(reports)} documents"


def specimens(reader) -> str:
    from desktop.specimens.library import Library

    library = Library(user_dir="/nonexistent-docexam-selftest")
    if library.problems or len(library.specimens) < 6:
        raise Failed(f"bundled specimens: {len(library.specimens)} loaded, problems: {library.problems}")
    for specimen in library.specimens:
        report = pipeline.examine_image(str(specimen.image()), reader, specimen.valid_on)[0]
        _expect(f"{specimen.id} MRZ", list(report.mrz), list(specimen.mrz))
        _expect(f"{specimen.id} verdict", report.status, "pass")
    return f"{len(library.specimens)} specimens read back exactly"


def printed_data(reader) -> str:
    """The VIZ cross-check with the bundled language data: the Mongolian-label specimen agrees field by field
    (Cyrillic and Latin read in process), and its MRZ with another surname fails on the printed name."""
    import cv2

    from desktop.specimens import alter
    from desktop.specimens.library import Library
    from desktop.viz import VizReader

    library = Library(user_dir="/nonexistent-docexam-selftest")
    specimen, viz = library.get("uto-td3-mn"), VizReader(library, reader)
    report = pipeline.examine_image(str(specimen.image()), reader, specimen.valid_on, viz)[0]
    agreed = sorted(c.field for c in report.checks if c.id.startswith("viz.") and c.status == "pass")
    _expect("uto-td3-mn printed fields agreeing", len(agreed), 7)
    altered = alter.make(specimen, "name", reader)
    grey = cv2.cvtColor(altered.image, cv2.COLOR_RGB2GRAY)
    forged = pipeline.examine_array(grey, reader, specimen.valid_on, "altered", viz)
    _expect("altered surname", [c.status for c in forged.checks if c.id == "viz.surname"], ["fail"])
    return f"uto-td3-mn: {len(agreed)} fields agree, an altered surname fails"


def engines(_reader) -> str:
    from desktop.reader import Reader, loader

    grey = loader.load(resource("samples", "utopia-td3.png"))[0]
    found = []
    for name in ("template", "tesseract"):
        reader = Reader(name)
        reading = reader.read(grey)
        if not reading.lines:
            raise Failed(f"engine {name} read nothing: {reading.message}")
        found.append(f"{name} ({getattr(reader.engine, 'backend', 'built in')})")
    return ", ".join(found)


def record(reader) -> str:
    """The examination record: a sample recorded in a throwaway log, the chain verified, an edit detected,
    and the central database's driver present."""
    import sqlite3
    import tempfile
    from pathlib import Path

    from desktop.record import open_log

    with tempfile.TemporaryDirectory(prefix="docexam-selftest-log-") as tmp:
        path = Path(tmp) / "log.sqlite"
        log = open_log(path, "selftest")
        sample = str(resource("samples", "utopia-td3-tampered.png"))
        report = pipeline.examine_image(sample, reader, SPECIMEN_DAY)[0]
        entry = log.record_examination(report, officer="selftest", source_path=sample)
        log.record_decision(entry.id, "refused")
        _expect("log verify", log.verify().ok, True)
        _expect("recorded image", log.image(entry.image) == Path(sample).read_bytes(), True)
        log.close()
        db = sqlite3.connect(path)
        db.execute("UPDATE entries SET public = replace(public, '\"fail\"', '\"pass\"') WHERE seq = 1")
        db.commit()
        db.close()
        log = open_log(path, "selftest")
        _expect("an edited entry detected", [b[0] for b in log.verify().broken], ["selftest:1"])
        log.close()
    try:
        import psycopg
    except ImportError as exc:
        raise Failed(f"the PostgreSQL driver is missing ({exc})") from None
    from desktop.record import entry as entries

    if entries.orjson is None:  # the log works without it, but 100,000 entries take half as long again
        raise Failed("the log's JSON writer (orjson) is missing from the bundle")
    return (f"2 entries chained, an edit detected, psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq), "
            f"orjson {entries.orjson.__version__}")


def chip(_reader) -> str:
    """The chip's protocol on the ICAO 9303-11 Appendix D worked example (keys and one protected command), and
    the PC/SC and ASN.1 libraries present."""
    from desktop.chip import keys
    from desktop.chip.sm import SecureMessaging

    k_enc, k_mac = keys.bac_keys("L898902C<369080619406236")
    _expect("BAC keys (Appendix D.2)", (k_enc.hex(), k_mac.hex()),
            ("ab94fdecf2674fdfb9b391f85d7f76f2", "7962d9ece03d1acd4c76089dce131543"))
    sm = SecureMessaging(bytes.fromhex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                         bytes.fromhex("F1CB1F1FB5ADF208806B89DC579DC1F8"), 0x887022120C06C226)
    _expect("protected SELECT (Appendix D.4)", sm.protect(0x00, 0xA4, 0x02, 0x0C, b"\x01\x1e").hex().upper(),
            "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
    from ecpy.curves import Curve, Point  # PACE's generic mapping (Appendix G.1): Ĝ = s·G + H

    curve = Curve.get_curve("Brainpool-p256r1")
    h = Point(0x60332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5,
              0x0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181, curve)
    _expect("PACE mapped generator (Appendix G.1)", hex((0x3F00C4D39D153F2B2A214A078D899B22 * curve.generator + h).x),
            "0x8ced63c91426d4f0eb1435e7cb1d74a46723a0af21c89634f65a9ae87a9265e2")
    try:
        import asn1crypto
        import smartcard.scard  # noqa: F401 - the compiled PC/SC binding
    except ImportError as exc:
        raise Failed(f"a chip library is missing ({exc})") from None
    from desktop.chip import pcsc

    present = pcsc.readers()
    return (f"BAC and secure messaging as Appendix D, PACE mapping as Appendix G, pyscard and asn1crypto "
            f"{asn1crypto.__version__} present; "
            f"readers: {', '.join(present) or 'none'}")


def translations(_reader) -> str:
    qm = resource("translations", "docexam_mn.qm")
    if not qm.is_file() or qm.stat().st_size < 1000:
        raise Failed(f"the Mongolian translation is missing ({qm})")
    return qm.name


STEPS: tuple[tuple[str, Callable], ...] = (("samples", samples), ("text", texts), ("specimens", specimens),
                                           ("printed data", printed_data), ("record", record), ("chip", chip),
                                           ("engines", engines), ("translations", translations))


def run(report: Callable[[str], None] = print) -> bool:
    from desktop.reader import Reader

    start = time.perf_counter()
    try:
        reader = Reader()
    except Exception as exc:  # noqa: BLE001 - a broken installation must be reported, not raised
        report(f"FAIL reader: the recogniser cannot load ({exc})")
        return False
    ok = True
    for name, step in STEPS:
        t0 = time.perf_counter()
        try:
            detail = step(reader)
            report(f"ok   {name}: {detail} ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        except Failed as exc:
            ok = False
            report(f"FAIL {name}: {exc}")
        except Exception as exc:  # noqa: BLE001 - every step runs and reports, whatever breaks
            ok = False
            report(f"FAIL {name}: {type(exc).__name__}: {exc}")
    report(f"{'ok  ' if ok else 'FAIL'} checks done in {(time.perf_counter() - start):.1f} s")
    return ok
