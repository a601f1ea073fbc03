"""`docexam chip` and `docexam masterlist`: the command line of the chip (parsing and printing only).

    docexam chip (--mrz LINES | --image IMAGE) [--reader NAME] [--json] [--store DIR]
    docexam chip verify FOLDER [--mrz LINES] [--store DIR] [--accept SHA256] [--json]   a saved read
    docexam masterlist import FILE [--accept SHA256] [--store DIR]   a master list (.ml), CSCA certificate or CRL
    docexam masterlist list [--json] [--store DIR]

Exit status of `chip`: 0 the chip is verified, 1 a chip finding fails, 2 the chip is not verified (something
could not be decided), or the chip or the MRZ could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import APP_NAME

SYMBOL = {"pass": "ok  ", "fail": "FAIL", "warn": "warn", "skip": "skip"}


def add_parsers(sub) -> None:
    chip = sub.add_parser("chip", help="read and verify the passport's chip (needs a PC/SC reader), or verify a "
                                       "saved read: chip verify FOLDER",
                          description="Open the chip with the MRZ's key (PACE or BAC), read its data groups, verify its "
                                      "signature to an imported CSCA, and compare it with the MRZ. `chip verify FOLDER` "
                                      "verifies a read saved as files (EF.SOD, DG1…DG16, EF.COM).")
    chip.add_argument("action", nargs="?", choices=["verify"], help="verify a saved read instead of a card")
    chip.add_argument("folder", nargs="?", metavar="FOLDER", help="the saved read (with verify)")
    chip.add_argument("--accept", metavar="SHA256", help="with verify: the fingerprint of a CSCA certificate or "
                                                         "master list saved in the folder, to trust it")
    source = chip.add_mutually_exclusive_group()
    source.add_argument("--mrz", metavar="LINES", help="the MRZ lines (separated by newlines or a literal \\n)")
    source.add_argument("--image", metavar="IMAGE", help="read the MRZ from this image first")
    chip.add_argument("--can", metavar="DIGITS", help="the 6-digit card access number printed on an ID card or "
                                                      "residence permit: opens a chip that needs PACE")
    chip.add_argument("--reader", metavar="NAME", help="the PC/SC reader (default: the first with a card)")
    chip.add_argument("--json", action="store_true", help="one JSON object")
    chip.add_argument("--store", metavar="DIR", help="the CSCA store (default: $DOCEXAM_CSCA or the user data "
                                                     "folder's csca/)")
    ml = sub.add_parser("masterlist", help="the CSCA certificates passive authentication trusts")
    actions = ml.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="import a master list (.ml), a CSCA certificate or a CRL")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--accept", metavar="SHA256", help="the SHA-256 fingerprint (hex, colons allowed) of the "
                     "list's signer, or of the CSCA that issued it, or of a single CSCA certificate, as your unit "
                     "published it by another channel: needed when nothing you already trust anchors the file")
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
            done = store.import_file(args.file, args.accept)
        except trust.TrustError as exc:
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return 2
        print(f"{trust.summary(done)} into {store.folder}")
        for note in done.get("notes", []):
            print(f"  note: {note}")
        return 0
    for cert in store.certificates():
        info = trust.describe(cert)
        if args.json:
            print(json.dumps(info, ensure_ascii=False))
        else:
            print(f"{info['country']:3} {info['not_before']} – {info['not_after']}  {info['subject']}")
    return 0


def run_chip(args: argparse.Namespace) -> int:
    if args.action == "verify":
        return _verify_saved(args)
    if args.can is not None and not (len(args.can) == 6 and args.can.isdigit()):
        print(f"{APP_NAME}: --can takes the 6 digits of the card access number", file=sys.stderr)
        return 2
    if args.folder is not None or (args.mrz is None and args.image is None):
        print(f"{APP_NAME}: chip needs --mrz LINES or --image IMAGE (or: chip verify FOLDER)", file=sys.stderr)
        return 2
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
    result = examine.examine(report, args.reader, _store(args), can=args.can)
    _print(result, args.json, {"source": report.source, "mrz": list(report.mrz), "mrz_status": report.status})
    return EXIT.get(result.status, 2)


EXIT = {"pass": 0, "fail": 1}  # unverified and error: 2
HEADLINE = {"pass": "VERIFIED", "fail": "FAIL", "unverified": "NOT VERIFIED", "error": "NOT READ"}


def _verify_saved(args: argparse.Namespace) -> int:
    """`docexam chip verify FOLDER`: the saved read judged as a live one (the chip only, no MRZ date rules)."""
    from desktop.chip import saved, trust

    if args.folder is None or args.image is not None:
        print(f"{APP_NAME}: chip verify takes a FOLDER (and optionally --mrz LINES)", file=sys.stderr)
        return 2
    store = _store(args)
    mrz = None
    if args.mrz is not None:
        mrz = tuple(line.strip() for line in args.mrz.replace("\\n", "\n").splitlines() if line.strip())
    try:
        store.folder.mkdir(parents=True, exist_ok=True)
        notes = saved.import_trust_files(Path(args.folder), store, args.accept) if Path(args.folder).is_dir() else []
        result = saved.verify(args.folder, store, mrz)
    except (saved.SavedReadError, trust.TrustError, OSError) as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    _print(result, args.json, {"source": str(args.folder), "mrz": list(mrz) if mrz else None, "notes": notes})
    return EXIT.get(result.status, 2)


def _print(result, as_json: bool, head: dict) -> None:
    if as_json:
        print(json.dumps({**head, **result.to_dict()}, ensure_ascii=False))
        return
    print(f"{HEADLINE.get(result.status, result.status.upper())}  chip  {result.reader or ''}  "
          f"({result.elapsed_ms} ms)")
    for c in result.checks:
        print(f"  {SYMBOL.get(c.status, c.status):4}  {c.message}  ({c.id})")
    for n in result.read:
        print(f"  read DG{n}")
    for cert in result.certificates:
        print(f"  {cert['role']:4}  {cert['name']}  SHA-256 {cert['sha256']}")
    for note in head.get("notes") or []:
        print(f"  note: {note}")
