"""Command line: argument parsing and printing only; every judgement comes from desktop.pipeline.

    docexam check --mrz "LINE1\\nLINE2" [--now YYYY-MM-DD] [--json]
    docexam check --text FILE [--now ...] [--json]
    docexam check IMAGE_OR_FOLDER... [--engine ocrb] [--json]      (read the MRZ from images)
    docexam check --line IMAGE...                                   (one pre-cropped MRZ line per image)
    docexam specimens list [--json] [--folder DIR]                  (the reference specimen library)
    docexam specimens import PACK [--replace] [--folder DIR]        (add a specimen folder or .zip pack)
    docexam specimens alter ID [--kind KIND ...] --out DIR          (altered copies for workshops)
    docexam check … --log [--officer NAME] [--decision D] [--db DB]  (and record each examination)
    docexam log list|show|verify|decide|export|purge|push|stats      (the examination record: desktop.record)
    docexam report ID --pdf OUT.pdf [--lang en|mn]                  (the case report of a logged examination)
    docexam chip (--mrz LINES | --image IMAGE) [--reader NAME] [--json]  (read and verify the chip: desktop.chip)
    docexam masterlist import FILE | list                           (the CSCA certificates the chip is checked against)
    docexam selftest [--no-gui]                                     (prove an installation works)
    docexam [gui [IMAGE] [--screenshot OUT.png] [--db LOG] [--no-record]]  (the examiner's window)

Exit status: 0 every document passes, 1 some document fails, 2 unreadable/error/usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import sys
from pathlib import Path

from desktop import APP_NAME, __version__, pipeline
from desktop.checks.report import ERROR, FAIL, PASS, UNREADABLE, Report
from desktop.record import DECISIONS, commands
from desktop.specimens.model import ALTERATIONS as ALTER_KINDS
from desktop.terminal import shown

SYMBOL = {"pass": "ok  ", "fail": "FAIL", "warn": "warn", "skip": "skip"}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Examine travel-document MRZs (ICAO Doc 9303).")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command")
    chk = sub.add_parser("check", help="examine MRZ text", description="Examine MRZ text against ICAO Doc 9303.")
    chk.add_argument("images", nargs="*", metavar="IMAGE", help="image files or folders of images to read")
    src = chk.add_mutually_exclusive_group()
    src.add_argument("--mrz", help=r'the MRZ lines of one document, separated by newlines or a literal \n')
    src.add_argument("--text", metavar="FILE", help="a text file of MRZs (documents separated by blank lines; "
                                                     "- for standard input)")
    chk.add_argument("--line", action="store_true", help="each image is one pre-cropped MRZ line: print "
                                                         "{source, text, confidence}")
    chk.add_argument("--engine", default=None, help="recognition engine for images (default: the best one "
                                                    "bundled; see README)")
    chk.add_argument("--now", type=_date, metavar="YYYY-MM-DD", help='the date taken as "today" by date rules')
    chk.add_argument("--json", action="store_true", help="one JSON object per document per line (JSON Lines)")
    chk.add_argument("--all", action="store_true", help="also list the checks that passed")
    chk.add_argument("--no-viz", action="store_true", help="images: do not compare the printed data (VIZ) with "
                                                          "the MRZ")
    rec = chk.add_argument_group("recording (the examination record)")
    rec.add_argument("--log", action="store_true", help="record every examination in the log")
    rec.add_argument("--officer", default="", help="the examining officer's name, recorded with each entry")
    rec.add_argument("--decision", choices=DECISIONS, help="the officer's decision, recorded with each entry")
    rec.add_argument("--note", default="", help="the officer's note, recorded with each entry")
    rec.add_argument("--no-image", action="store_true", help="do not keep the images in the log")
    commands.add_db(rec)
    commands.add_parser(sub)
    rep = sub.add_parser("report", help="the case report (PDF) of a logged examination")
    rep.add_argument("id", metavar="ID", help="the entry: WORKSTATION:NUMBER, or NUMBER")
    rep.add_argument("--pdf", required=True, metavar="OUT.pdf")
    rep.add_argument("--lang", choices=["en", "mn"], default="en")
    rep.add_argument("--db", metavar="PATH|URL", help=commands.DB_HELP)
    from desktop.chip import commands as chip_commands

    chip_commands.add_parsers(sub)
    gui = sub.add_parser("gui", help="open the examiner's window (the default)")
    gui.add_argument("image", nargs="?", help="an image to examine on opening")
    gui.add_argument("--screenshot", metavar="OUT.png", help="save a screenshot once the result is shown, "
                                                             "then exit")
    gui.add_argument("--now", type=_date, metavar="YYYY-MM-DD", help='training: the date taken as "today"')
    gui.add_argument("--lang", choices=["en", "mn"], help="the language (default: the saved setting)")
    gui.add_argument("--db", metavar="PATH|URL", help=commands.DB_HELP + "; for this session only")
    gui.add_argument("--record", action=argparse.BooleanOptionalAction, default=None,
                     help="record the examinations of this session in the log (default: as the settings say; "
                          "a --screenshot session records nothing unless --record)")
    spec = sub.add_parser("specimens", help="the reference specimen library",
                          description="Reference specimens: bundled Utopia documents and your own packs.")
    spec_sub = spec.add_subparsers(dest="action", required=True)
    folder_help = "the user specimen folder (default: $DOCEXAM_SPECIMENS or the platform's data folder)"
    lst = spec_sub.add_parser("list", help="list the specimens")
    lst.add_argument("--json", action="store_true", help="one JSON object per specimen per line")
    lst.add_argument("--folder", help=folder_help)
    imp = spec_sub.add_parser("import", help="validate and install a specimen folder or .zip pack")
    imp.add_argument("pack", metavar="PACK")
    imp.add_argument("--replace", action="store_true", help="replace installed specimens with the same id")
    imp.add_argument("--folder", help=folder_help)
    alt = spec_sub.add_parser("alter", help="make altered copies of a specimen for training")
    alt.add_argument("id", metavar="ID")
    alt.add_argument("--kind", action="append", choices=ALTER_KINDS,
                     help="the alteration (repeatable; default: every kind)")
    alt.add_argument("--out", required=True, metavar="DIR", help="where to write the images and their .json")
    alt.add_argument("--folder", help=folder_help)
    test = sub.add_parser("selftest", help="check that this installation works (exit 0 only if every verdict "
                          "on the bundled samples is right)")
    test.add_argument("--no-gui", action="store_true", help="skip opening the window")
    return parser


def _selftest(args: argparse.Namespace) -> int:
    from desktop import selftest

    ok = selftest.run(lambda line: print(line, flush=True))
    if not args.no_gui:
        try:
            from desktop.ui import selftest as window_test
        except ImportError as exc:
            print(f"FAIL window: Qt is not available ({exc})")
            return 1
        ok = window_test.run(lambda line: print(line, flush=True)) and ok
    print("selftest passed" if ok else "selftest FAILED")
    return 0 if ok else 1


def _specimens(args: argparse.Namespace) -> int:
    from desktop.specimens import SpecimenError
    from desktop.specimens.library import Library

    library = Library(args.folder)
    for problem in library.problems:
        print(f"{APP_NAME}: skipped a broken specimen: {problem}", file=sys.stderr)
    if args.action == "list":
        for specimen in library.specimens:
            if args.json:
                print(json.dumps(specimen.to_dict(), ensure_ascii=False))
            else:
                where = "bundled" if specimen.bundled else "user"
                print(f"{specimen.id:<16} {specimen.format:<5} {specimen.issuing_state} {specimen.document_code:<2} "
                      f"{where:<8} {specimen.title_text()}")
        return 0
    if args.action == "import":
        try:
            installed = library.import_pack(args.pack, replace=args.replace)
        except SpecimenError as exc:
            print(f"{APP_NAME}: the pack was not imported: {exc.where}", file=sys.stderr)
            for problem in exc.problems:
                print(f"  - {problem}", file=sys.stderr)
            return 2
        for specimen in installed:
            print(f"imported {specimen.id} into {specimen.folder}")
        return 0

    from desktop.specimens import alter

    specimen = library.get(args.id)
    if specimen is None:
        print(f"{APP_NAME}: no specimen {args.id!r} (see `{APP_NAME} specimens list`)", file=sys.stderr)
        return 2
    reader = _reader(None)
    for kind in args.kind or ALTER_KINDS:
        try:
            altered = alter.make(specimen, kind, reader)
        except (alter.AlterError, ValueError) as exc:
            print(f"{APP_NAME}: {kind}: {exc}", file=sys.stderr)
            return 2
        path = alter.save(altered, Path(args.out))
        print(f"{path}  (the MRZ should {altered.expected}; with the printed data compared, {altered.verdict})")
    return 0


def _print_report(report: Report, show_all: bool) -> None:
    # a file name (or a read MRZ) holding a newline or a terminal escape must not forge a line (issue 23)
    head = [report.status.upper(), report.format or "-", shown(report.source or "")]
    counts = f"{report.count(FAIL)} failed, {report.count('warn')} warnings, {report.count(PASS)} passed"
    print("  ".join(h for h in head if h) + f"  ({counts})")
    for line in report.mrz:
        print(f"    {shown(line)}")
    for c in report.checks:
        if show_all or c.status != PASS:
            where = f" [line {c.span[0] + 1}, col {c.span[1] + 1}]" if c.span else ""
            print(f"  {SYMBOL[c.status]}  {shown(c.message)}{where}  ({c.id})")


def exit_code(reports: list[Report]) -> int:
    statuses = {r.status for r in reports}
    if statuses & {ERROR, UNREADABLE} or not reports:
        return 2
    return 1 if FAIL in statuses else 0


def _lines(args: argparse.Namespace, reader) -> int:
    from desktop.reader import loader

    worst = 0
    for path in pipeline.image_files(args.images):
        try:
            text, confidence = reader.read_line(loader.load(path)[0])
            out = {"source": path, "text": text, "confidence": round(confidence, 4)}
        except loader.ImageError as exc:
            out, worst = {"source": path, "text": "", "confidence": 0.0, "error": str(exc)}, 2
        print(json.dumps(out))
    return worst


def _reader(name: str | None):
    from desktop.reader import Reader

    return Reader(name) if name else Reader()


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    sources = sum([args.mrz is not None, args.text is not None, bool(args.images)])
    if sources != 1:
        parser.error("give exactly one of --mrz TEXT, --text FILE or IMAGE...")
    if args.images:
        try:
            reader = _reader(args.engine)
        except ValueError as exc:
            parser.error(str(exc))
        if args.line:
            return _lines(args, reader)
        viz = None
        if not args.no_viz:
            from desktop.specimens.library import Library
            from desktop.viz import VizReader

            viz = VizReader(Library(), reader)
        reports = [r for path in pipeline.image_files(args.images)
                   for r in pipeline.examine_image(path, reader, args.now, viz)]
    elif args.mrz is not None:
        reports = [pipeline.examine_text(args.mrz, args.now, "mrz")]
    else:
        reports = pipeline.examine_text_file(args.text, args.now)
    log = _open_log(args) if args.log else None
    if args.log and log is None:
        return 2
    for report in reports:
        if args.json:
            print(report.to_json())
        else:
            _print_report(report, args.all)
        if log is not None and not _record(log, report, args):
            return 2
    return exit_code(reports)


def _open_log(args: argparse.Namespace):
    from desktop.record import LogError, open_log

    try:
        return open_log(args.db, args.workstation)
    except (LogError, ValueError) as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return None


@functools.lru_cache(maxsize=1)
def _library():
    from desktop.specimens.library import Library

    return Library()


def _record(log, report: Report, args: argparse.Namespace) -> bool:
    """Append one examination; the entry id goes to standard error (standard output stays the report)."""
    from desktop.record import LogError
    from desktop.record.log import matched_specimen

    path = None
    if args.images and report.source:
        path = report.source if Path(report.source).is_file() else report.source.rpartition("#")[0] or None
    try:
        e = log.record_examination(report, officer=args.officer, source_path=path, store_image=not args.no_image,
                                   decision=args.decision, note=args.note,
                                   specimen=matched_specimen(report, _library().specimens),
                                   training_today=args.now.isoformat() if args.now else None)
    except LogError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return False
    print(f"logged {shown(report.source or 'document')} as entry {e.id} ({e.hash[:16]})", file=sys.stderr)
    if e.public.get("image_changed"):
        print(f"{APP_NAME}: {shown(report.source)} changed after it was examined: its image was not kept (the "
              f"entry records the hash of the file as examined)", file=sys.stderr)
    return True


def _report(args: argparse.Namespace) -> int:
    from desktop.record import LogError, open_log

    try:
        from desktop.ui import case_report
    except ImportError as exc:
        print(f"{APP_NAME}: the case report needs Qt ({exc})", file=sys.stderr)
        return 2
    try:
        log = open_log(args.db)
        try:
            out = case_report.write_pdf(log, args.id, args.pdf, args.lang)
        finally:
            log.close()
    except (LogError, ValueError, OSError) as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    print(f"wrote the case report of entry {out.entry} ({out.pages} page(s), {args.lang}) to {args.pdf}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "check":
        try:
            return _check(args, parser)
        except BrokenPipeError:
            return 0
    if args.command == "selftest":
        return _selftest(args)
    if args.command == "specimens":
        try:
            return _specimens(args)
        except BrokenPipeError:
            return 0
    if args.command == "log":
        try:
            return commands.run(args)
        except BrokenPipeError:
            return 0
    if args.command == "report":
        return _report(args)
    if args.command in ("chip", "masterlist"):
        from desktop.chip import commands as chip_commands

        try:
            return chip_commands.run_chip(args) if args.command == "chip" else chip_commands.run_masterlist(args)
        except ImportError as exc:
            print(f"{APP_NAME}: chip reading is not installed ({exc}): install docexam[chip]", file=sys.stderr)
            return 2
    if args.command is None and argv:
        parser.print_help(sys.stderr)
        return 2
    try:
        from desktop.ui.app import run
    except ImportError as exc:
        print(f"{APP_NAME}: the window cannot start ({exc}); use `{APP_NAME} check`", file=sys.stderr)
        return 2
    if args.command is None:
        return run()
    return run(args.image, args.screenshot, args.now, args.lang, args.db, args.record)
