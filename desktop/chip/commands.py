"""`docexam chip` and `docexam masterlist`: the command line of the chip (parsing and printing only).

    docexam chip (--mrz LINES | --image IMAGE) [--reader NAME] [--json] [--store DIR]
    docexam masterlist import FILE [--store DIR]      an ICAO/State master list (.ml), a CSCA certificate or a CRL
    docexam masterlist list [--json] [--store DIR]

Exit status of `chip`: 0 the chip passes, 1 a chip finding fails, 2 the chip or the MRZ could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import APP_NAME

SYMBOL = {"pass": "ok  ", "fail": "FAIL", "warn": "warn", "skip": "skip"}


def add_parsers(sub) -> None:
    chip = sub.add_parser("chip", help="read and verify the passport's chip (needs a PC/SC reader)",
                          description="Open the chip with the MRZ's key (PACE or BAC), read its data groups, verify its "
                                      "signature to an imported CSCA, and compare it with the MRZ.")
    source = chip.add_mutually_exclusive_group(required=True)
    source.add_argument("--mrz", metavar="LINES", help="the MRZ lines (separated by newlines or a literal \\n)")
    source.add_argument("--image", metavar="IMAGE", help="read the MRZ from this image first")
    chip.add_argument("--reader", metavar="NAME", help="the PC/SC reader (default: the first with a card)")
    chip.add_argument("--json", action="store_true", help="one JSON object")
    chip.add_argument("--store", metavar="DIR", help="the CSCA store (default: $DOCEXAM_CSCA or the user data "
                                                     "folder's csca/)")
    ml = sub.add_parser("masterlist", help="the CSCA certificates passive authentication trusts")
    actions = ml.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="import a master list (.ml), a CSCA certificate or a CRL")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--store", metavar="DIR")
    lst = actions.add_parser("list", help="list the stored CSCA certificates")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--store", metavar="DIR")


def _store(args):
    from desktop.chip import trust  # the chip's libraries are loaded only when the chip is used

    return trust.Store(Path(args.store)) if args.store else trust.Store()


def run_masterlist(args: argparse.Namespace) -> int:
    from desktop.chip import trust

    store = _store(args)
    if args.action == "import":
        try:
            done = store.import_file(args.file)
        except trust.TrustError as exc:
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return 2
        if done["kind"] == "crl":
            print(f"imported the CRL of {done['issuer']} ({done['revoked']} revoked) into {store.folder}")
        else:
            what = f"the master list signed by {done['signer']}: " if done["kind"] == "master_list" else ""
            print(f"imported {what}{done['certificates']} CSCA certificate(s), {done['added']} new, from "
                  f"{', '.join(done['countries'])} into {store.folder}")
        return 0
    for cert in store.certificates():
        info = trust.describe(cert)
        if args.json:
            print(json.dumps(info, ensure_ascii=False))
        else:
            print(f"{info['country']:3} {info['not_before']} – {info['not_after']}  {info['subject']}")
    return 0


def run_chip(args: argparse.Namespace) -> int:
    from desktop import pipeline
    from desktop.chip import examine

    if args.mrz is not None:
        report = pipeline.examine_text(args.mrz.replace("\\n", "\n"), source="mrz")
    else:
        from desktop.reader import Reader

        report = pipeline.examine_image(args.image, Reader())[0]
    if not report.mrz or report.status in ("unreadable", "error"):
        message = report.checks[0].message if report.checks else "no MRZ"
        print(f"{APP_NAME}: the MRZ could not be read, so the chip cannot be opened: {message}", file=sys.stderr)
        return 2
    result = examine.examine(report, args.reader, _store(args))
    if args.json:
        print(json.dumps({"source": report.source, "mrz": list(report.mrz), "mrz_status": report.status,
                          **result.to_dict()}, ensure_ascii=False))
    else:
        print(f"{result.status.upper():5} chip  {result.reader or ''}  ({result.elapsed_ms} ms)")
        for c in result.checks:
            print(f"  {SYMBOL.get(c.status, c.status):4}  {c.message}  ({c.id})")
        for n in result.read:
            print(f"  read DG{n}")
    return {"pass": 0, "fail": 1}.get(result.status, 2)
