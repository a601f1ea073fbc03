"""`docexam log …`: the command line of the examination record (parsing and printing only).

    docexam log list [--json]                  one line (JSON: one object) per entry
    docexam log show ID [--json]               one entry in full
    docexam log verify                         exit 1 and the first broken entry on any tampering
    docexam log decide ID DECISION [--note T]  record the officer's decision on an examination
    docexam log export --pseudonymise OUT.csv  names, numbers and officers as keyed hashes
    docexam log purge [--days N]               the retention purge (default 90 days)
    docexam log push --to postgresql://…       send new entries to the central database
    docexam log key                            this workstation's public key (for the unit to enrol)
    docexam log enrol WORKSTATION KEY          the unit registers a workstation's key (on the central --db)
    docexam log stats [--json] [filters]       counts for analysis (--csv OUT: the filtered table)

Every command takes --db PATH (an SQLite file) or --db postgresql://…; $DOCEXAM_LOG sets the default.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from desktop.record import DECISIONS, LogError, open_log, places, privacy, pseudonyms, stats
from desktop.record.push import push

DB_HELP = "the log: an SQLite file or postgresql://… (default: $DOCEXAM_LOG or the user data folder)"


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH|URL", help=DB_HELP)
    parser.add_argument("--workstation", help="this workstation's id (default: $DOCEXAM_WORKSTATION or the "
                                              "computer's name)")


def add_parser(sub) -> None:
    log = sub.add_parser("log", help="the examination record", description="The examination record: a "
                         "hash-chained log of every examination and decision.")
    actions = log.add_subparsers(dest="action", required=True)
    lst = actions.add_parser("list", help="list the entries")
    lst.add_argument("--json", action="store_true", help="one JSON object per entry per line")
    show = actions.add_parser("show", help="show one entry")
    show.add_argument("id", metavar="ID", help="WORKSTATION:NUMBER, or NUMBER")
    show.add_argument("--json", action="store_true")
    actions.add_parser("verify", help="verify the hash chain (exit 1 on any tampering)")
    decide = actions.add_parser("decide", help="record the officer's decision on an examination")
    decide.add_argument("id", metavar="ID")
    decide.add_argument("decision", choices=DECISIONS)
    decide.add_argument("--note", default="")
    decide.add_argument("--officer", default="")
    exp = actions.add_parser("export", help="export for analysis with names and numbers pseudonymised")
    exp.add_argument("--pseudonymise", "--pseudonymize", dest="out", required=True, metavar="OUT.csv")
    exp.add_argument("--key-file", help="the unit's shared key (default: $DOCEXAM_PSEUDONYM_KEY or this "
                                        "workstation's own key)")
    purge = actions.add_parser("purge", help="remove personal data and images older than the retention period")
    purge.add_argument("--days", type=int, default=privacy.RETENTION_DAYS,
                       help=f"the retention period in days (default {privacy.RETENTION_DAYS})")
    push_ = actions.add_parser("push", help="send new entries to the central PostgreSQL database")
    push_.add_argument("--to", required=True, metavar="postgresql://…", type=_central_url)
    key = actions.add_parser("key", help="this workstation's public key and its fingerprint (for the unit)")
    enrol = actions.add_parser("enrol", aliases=["enroll"], help="register a workstation's public key in this "
                               "(central) log: only entries it signed are accepted from it")
    enrol.add_argument("enrolled", metavar="WORKSTATION")
    enrol.add_argument("public_key", metavar="KEY", help="what `docexam log key` prints on that workstation")
    enrol.add_argument("--replace", action="store_true", help="a replaced workstation's new key")
    st = actions.add_parser("stats", help="counts by day, week, verdict, State, code, failing check, decision")
    st.add_argument("--json", action="store_true")
    st.add_argument("--csv", metavar="OUT.csv", help="also write the filtered examinations as CSV")
    st.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    st.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    st.add_argument("--status", choices=["pass", "fail", "unreadable", "error"])
    st.add_argument("--state", dest="issuing_state", metavar="CODE", help="issuing State")
    st.add_argument("--nationality", metavar="CODE")
    st.add_argument("--code", dest="document_code", metavar="CODE", help="document code (P, ID, V, …)")
    st.add_argument("--check", dest="failed", metavar="CHECK_ID", help="examinations where this check failed")
    st.add_argument("--decision", choices=DECISIONS + (stats.UNDECIDED,))
    st.add_argument("--from-workstation", dest="from_workstation", metavar="ID")
    st.add_argument("--training", action="store_true", help="count only the examinations made under a trainer's "
                                                            "\"today is\" date (they are never counted otherwise)")
    for parser in (lst, show, actions.choices["verify"], decide, exp, purge, push_, st, key, enrol):
        add_db(parser)


def _central_url(text: str) -> str:
    """--to takes a postgresql:// URL and nothing else: a mistyped one must not become a local file."""
    from desktop.record.store import _redact

    if not text.startswith(("postgresql://", "postgres://")):
        raise argparse.ArgumentTypeError(f"--to takes the central database as a postgresql://… URL, not "
                                         f"{_redact(text)!r}")
    return text


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def run(args: argparse.Namespace) -> int:
    try:
        log = open_log(args.db, args.workstation)
    except (LogError, ValueError) as exc:
        return _fail(exc)
    try:
        return ACTIONS[args.action](log, args)
    except BrokenPipeError:
        raise
    except (LogError, ValueError, OSError) as exc:
        return _fail(exc)
    finally:
        log.close()


def _fail(exc: Exception) -> int:
    print(f"docexam: {exc}", file=sys.stderr)
    return 2


def _list(log, args) -> int:
    from desktop.record import entry as entries
    from desktop.record.store import COLUMNS
    from desktop.terminal import shown

    damaged = 0
    for row in log.store.rows(COLUMNS):
        try:
            e = entries.from_row(row)
            s = e.summary()
        except Exception as exc:  # a damaged entry is listed as such; `log verify` says the rest
            damaged += 1
            print(f"{shown(row[0])}:{shown(row[1])}  DAMAGED: {shown(exc)}" if not args.json else
                  json.dumps({"id": f"{row[0]}:{row[1]}", "damaged": str(exc)}, ensure_ascii=False))
            continue
        if args.json:
            print(json.dumps(s, ensure_ascii=False))
        else:
            what = s["status"] or (f"{s['decision']} ({s['examination']})" if e.kind == "decision" else "")
            source = s["source"] or ("(purged)" if e.purged else "")
            print(f"{s['id']:<22} {s['time_local'] or s['time']:<29} {e.kind:<11} {shown(what):<28} "
                  f"{shown(s['officer'] or '-'):<16} {shown(source)}  {e.hash[:16]}")
    if damaged:
        print(f"LOG BROKEN: {damaged} entr{'y' if damaged == 1 else 'ies'} cannot be read — run docexam log verify",
              file=sys.stderr)
        return 1
    return 0


def _show(log, args) -> int:
    e = log.entry(args.id)
    if args.json:
        print(json.dumps({**e.summary(), "prev_hash": e.prev_hash, "personal_digest": e.personal_digest,
                          "public": e.public, "personal": e.personal}, ensure_ascii=False))
        return 0
    s = e.summary()
    print(f"entry {e.id}  {e.kind}  {s['time']} (local {s['time_local']})")
    print(f"  workstation {e.workstation}  officer {s['officer'] or '-'}  hash {e.hash}")
    if e.kind == "examination":
        p = e.public
        decision = log.decisions().get(e.id, {}).get("decision") or p.get("decision") or "none recorded"
        print(f"  verdict {p['status'].upper()}  {p.get('format') or '-'}  {p.get('document_code') or ''} "
              f"{p.get('issuing_state') or ''}  decision: {decision}")
        if e.personal is None:
            print("  (personal data and image purged after the retention period)")
            return 0
        report = log.report_of(e)
        print(f"  source {e.personal.get('source')}  image {e.personal.get('image_sha256') or '-'}")
        for line in report.mrz:
            print(f"    {line}")
        for c in report.checks:
            if c.status != "pass":
                print(f"  {c.status:<4}  {c.message}  ({c.id})")
        if e.personal.get("note"):
            print(f"  note: {e.personal['note']}")
    else:
        print(f"  {json.dumps(e.public, ensure_ascii=False)}")
        if e.personal and e.personal.get("note"):
            print(f"  note: {e.personal['note']}")
    return 0


LIMITS = """What this proves: no entry was edited, deleted, reordered or re-hashed; every entry is signed by its
workstation's key (this workstation's key file, or the key the unit enrolled); this log was not cut short,
emptied or replaced here (this workstation remembers the last entry it signed in it); personal data was removed
only by a recorded purge; every stored image is the one examined.
What it cannot prove on its own: a log replaced together with this workstation's key file (or its high-water
file), or changed by someone who holds the key file. The central copy (docexam log push) and the printed case
reports, which carry the head's sequence and signature, prove those."""


def _verify(log, args) -> int:
    from desktop.terminal import shown

    result = log.verify()
    if result.ok:
        print(f"log verified: {result.checked} entries in {len(result.heads)} chain(s), {result.purged} purged "
              f"within recorded purges, {result.images} stored images checked — {log.name}")
        own = log.store.mark == "?"
        for ws, (seq, _hash, signature) in sorted(result.heads.items()):
            whose = "this workstation's key file" if own and ws == log.workstation else "the key enrolled for it"
            print(f"  {ws}: head entry {seq}, signed by {result.keys.get(ws, '?')} ({whose}); signature "
                  f"{(signature or '')[:24]}…")
        print(LIMITS)
        return 0
    ident, problems = result.broken[0]
    print(f"LOG BROKEN at entry {shown(ident)}: {shown('; '.join(problems))} — {log.name}")
    return 1


def _key(log, args) -> int:
    from desktop.record import signing

    public = log.signer.public
    print(f"workstation: {log.workstation}\nfingerprint: {signing.fingerprint(public)}\npublic key:  {public}")
    return 0


def _enrol(log, args) -> int:
    fp = log.enrol(args.enrolled, args.public_key, args.replace)
    print(f"enrolled {args.enrolled} with key {fp} in {log.name}: only entries it signs are accepted from it")
    return 0


def _decide(log, args) -> int:
    e = log.record_decision(args.id, args.decision, args.note, args.officer)
    print(f"recorded {args.decision} for {e.public['examination']} as entry {e.id}")
    return 0


def _export(log, args) -> int:
    key = pseudonyms.load_key(args.key_file) if args.key_file else None
    count = privacy.export(log, args.out, key)
    print(f"wrote {count} examinations to {args.out} (names, document numbers and officers as keyed hashes)")
    return 0


def _purge(log, args) -> int:
    count = privacy.purge(log, args.days)
    print(f"purged the personal data of {count} entries older than {args.days} days; the chain and the "
          f"statistics are kept")
    return 0


def _push(log, args) -> int:
    central = open_log(args.to, places.default_workstation())
    try:
        result = push(log, central)
    finally:
        central.close()
    print(f"pushed {result.sent} new entries ({result.images} images) to {central.name}; "
          f"{result.already} were there already")
    return 0


def _stats(log, args) -> int:
    filters = stats.Filters(args.since, args.until, args.status, args.issuing_state, args.nationality,
                            args.document_code, args.failed, args.decision, args.from_workstation, args.training)
    summary = stats.summarise(log, filters)
    if args.csv:
        stats.write_csv(list(stats.rows(log, filters)), args.csv)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    print(f"{summary['examinations']} examinations in {summary['database']}")
    for name in stats.DIMENSIONS:
        counts = summary[f"by_{name}"]
        if counts:
            shown = ", ".join(f"{k} {v}" for k, v in list(counts.items())[:12])
            print(f"  by {name.replace('_', ' ')}: {shown}")
    return 0


ACTIONS = {"list": _list, "show": _show, "verify": _verify, "decide": _decide, "export": _export,
           "purge": _purge, "push": _push, "stats": _stats, "key": _key, "enrol": _enrol, "enroll": _enrol}
