"""The log: append examinations and decisions to a chain, find entries, and verify the chain.

An examination is recorded the moment its verdict is shown; the officer's decision (accepted, referred to
second line, refused; with a note) follows as its own entry that names the examination, so nothing the
officer did waits on anything else and nothing earlier is ever rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from desktop import __version__
from desktop.checks import RULEBOOK
from desktop.checks.report import FAIL, WARN, Check, Report
from desktop.record import entry as entries
from desktop.record import places, pseudonyms
from desktop.record.entry import GENESIS, Entry
from desktop.record.store import StoreError, open_store

DECISIONS = ("accepted", "referred", "refused")  # referred: to the second line
MAX_IMAGE_BYTES = 60_000_000


class LogError(Exception):
    """A log operation that cannot be done; the message is for the user."""


@dataclass
class Verification:
    checked: int = 0
    purged: int = 0
    broken: list[tuple[str, list[str]]] = field(default_factory=list)  # (entry id, problems), first first
    heads: dict[str, tuple[int, str, str | None]] = field(default_factory=dict)  # ws -> (seq, hash, signature)
    keys: dict[str, str] = field(default_factory=dict)  # ws -> fingerprint of the key its entries verify with
    images: int = 0

    @property
    def ok(self) -> bool:
        return not self.broken


def open_log(target: str | Path | None = None, workstation: str | None = None) -> "Log":
    try:
        return Log(open_store(target or places.default_log()), workstation)
    except StoreError as exc:
        raise LogError(str(exc)) from None


def now_times(now: dt.datetime | None = None) -> tuple[str, str]:
    """(UTC, local with its offset), to the millisecond."""
    moment = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    return (moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            moment.astimezone().isoformat(timespec="milliseconds"))


def _read_image(path: str) -> bytes | None:
    """The examined file's bytes for the record, or None: regular files only, bounded (a FIFO or a device named
    as the source must not hang or fill the log)."""
    import stat

    try:
        info = Path(path).stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_IMAGE_BYTES:
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_IMAGE_BYTES else None


def trainer_alteration(path: str | None) -> tuple[str | None, str | None]:
    """(alteration kind, specimen id) when the image is one the trainer's tool made (its .json beside it)."""
    if not path:
        return None, None
    sidecar = Path(path).with_suffix(".json")
    try:
        import stat

        if not stat.S_ISREG(sidecar.stat().st_mode) or sidecar.stat().st_size > 65536:
            return None, None  # a FIFO would block the window's thread for ever
        info = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None, None
    from desktop.specimens.model import ALTERATIONS

    if not isinstance(info, dict) or info.get("kind") not in ALTERATIONS:  # only the kinds the trainer's tool makes
        return None, None
    specimen = info.get("specimen")
    return info["kind"], specimen if isinstance(specimen, str) and specimen.isprintable() and len(specimen) <= 64 \
        else None


def matched_specimen(report: Report, specimens) -> str | None:
    """The reference specimen of this kind of document (State, code and format agree), if the library has one."""
    from desktop.specimens.match import best

    found = best(report, specimens)
    return found.id if found else None


class Log:
    def __init__(self, store, workstation: str | None = None):
        self.store = store
        if workstation is None and store.mark == "?":
            # a workstation's own log keeps the name it was started under (a renamed computer continues its chain)
            existing = store.workstations()
            workstation = existing[0] if len(existing) == 1 else None
        self.workstation = places.check_workstation(workstation or places.default_workstation())
        self._key = None
        self._signer = None

    @property
    def signer(self):
        """This workstation's signing key (desktop.record.signing), loaded or made on first use."""
        if self._signer is None:
            from desktop.record import signing

            try:
                self._signer = signing.load()
            except signing.SigningError as exc:
                raise LogError(str(exc)) from None
        return self._signer

    def _signed(self, e: Entry) -> Entry:
        from dataclasses import replace

        return replace(e, signature=self.signer.sign(e.workstation, e.seq, e.hash))

    def _register_own_key(self, cur) -> None:
        """The first entry of a workstation in a log registers its public key there (shown by `log key`; the
        centre's registry is the unit's, by `log enrol`). A log that names another key is not changed: verify
        says so."""
        self.store.enrol(cur, self.workstation, self.signer.public, now_times()[0])

    @property
    def name(self) -> str:
        return self.store.name

    def close(self) -> None:
        self.store.close()

    # Writing ---------------------------------------------------------------------------------------

    def append(self, kind: str, public: dict, personal: dict | None, image: bytes | None = None,
               now: dt.datetime | None = None) -> Entry:
        utc, local = now_times(now)
        image_hash = hashlib.sha256(image).hexdigest() if image else None
        try:
            with self.store.transaction(self.workstation) as cur:
                last = self.store.last(cur, self.workstation)
                seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
                sealed = self._signed(entries.seal({**public, "workstation": self.workstation, "seq": seq,
                                                    "kind": kind, "time_utc": utc, "time_local": local},
                                                   personal, prev, image_hash))
                if image:
                    self.store.put_image(cur, image_hash, image)
                if seq == 1:
                    self._register_own_key(cur)
                self.store.insert(cur, [sealed])
        except (StoreError, LogError):
            raise
        except Exception as exc:  # sqlite3.Error / psycopg.Error: the message names the database
            raise LogError(f"the log {self.name} could not be written: {exc}") from None
        self._remember(sealed)
        return sealed

    def enrol(self, workstation: str, public_key: str, replace: bool = False) -> str:
        """Register a workstation's public key (the unit, on its central database): from then on only entries
        signed by it are accepted for that workstation. Returns the key's fingerprint."""
        from desktop.record import signing

        places.check_workstation(workstation)
        try:
            key = signing.public_key_text(public_key)
        except ValueError as exc:
            raise LogError(f"not a workstation public key ({exc}): paste what `docexam log key` prints") from None
        current = self.store.keys().get(workstation)
        if current is not None and current != key and not replace:
            raise LogError(f"{workstation} is already enrolled with another key ({signing.fingerprint(current)}); "
                           f"a replaced workstation is enrolled again with --replace")
        with self.store.transaction() as cur:
            self.store.enrol(cur, workstation, key, now_times()[0], replace=replace)
        return signing.fingerprint(key)

    def _remember(self, e: Entry) -> None:
        try:
            self.signer.remember(self.name, e.workstation, e.seq, e.hash)
        except OSError:  # the mark only strengthens verify; recording never fails for it
            pass

    def append_many(self, items: list[tuple[str, dict, dict | None]], now: dt.datetime | None = None) -> list[Entry]:
        """Several entries (kind, public, personal) in one transaction: an import, or a benchmark's log."""
        utc, local = now_times(now)
        sealed: list[Entry] = []
        with self.store.transaction(self.workstation) as cur:
            last = self.store.last(cur, self.workstation)
            seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
            if seq == 1:
                self._register_own_key(cur)
            for kind, public, personal in items:
                e = self._signed(entries.seal({**public, "workstation": self.workstation, "seq": seq, "kind": kind,
                                               "time_utc": public.get("time_utc", utc),
                                               "time_local": public.get("time_local", local)}, personal, prev))
                sealed.append(e)
                seq, prev = seq + 1, e.hash
            self.store.insert(cur, sealed)
        if sealed:
            self._remember(sealed[-1])
        return sealed

    def key(self) -> bytes:
        if self._key is None:
            self._key = pseudonyms.workstation_key()
        return self._key

    def record_examination(self, report: Report, *, officer: str = "", source_path: str | None = None,
                           image: bytes | None = None, store_image: bool = True, decision: str | None = None,
                           note: str = "", specimen: str | None = None, training_today: str | None = None,
                           now: dt.datetime | None = None) -> Entry:
        """One examination as the officer saw it. `image` is the file's bytes (read from `source_path` when not
        given); stored once by its hash when `store_image`."""
        if decision is not None and decision not in DECISIONS:
            raise LogError(f"not a decision: {decision!r} (one of {', '.join(DECISIONS)})")
        examined = report.extra.get("input_sha256")
        changed = False
        if image is None and source_path:
            image = _read_image(source_path)
            if image is not None and examined and hashlib.sha256(image).hexdigest() != examined:
                # the file was replaced after it was examined: keep no image rather than another one (issue 23)
                image, changed = None, True
        alteration, made_from = trainer_alteration(source_path)
        fields = report.fields
        key = self.key()
        public = {
            "officer": officer or "", "app_version": __version__, "rulebook": RULEBOOK,
            "status": report.status, "format": report.format,
            "document_code": fields.get("document_code"), "issuing_state": fields.get("issuing_state"),
            "nationality": fields.get("nationality"),
            "failed": sorted({c.id for c in report.checks if c.status == FAIL}),
            "warned": sorted({c.id for c in report.checks if c.status == WARN}),
            "input": "image" if image is not None or "engine" in report.extra else "text",
            "engine": report.extra.get("engine"), "elapsed_ms": report.extra.get("elapsed_ms"),
            "specimen": specimen or made_from, "alteration": alteration, "decision": decision,
            "image_stored": bool(image) and store_image,
            "document_key": pseudonyms.document_key(key, fields), "name_key": pseudonyms.name_key(key, fields),
            "key_id": pseudonyms.key_id(key),
        }
        if training_today:  # a trainer's "today is" date: the date rules were judged as of that day
            public["training_today"] = training_today
        if changed:
            public["image_changed"] = True
        personal = {
            "source": report.source or (Path(source_path).name if source_path else None),
            "image_sha256": hashlib.sha256(image).hexdigest() if image else examined,
            "report": report.to_dict(), "findings": [[c.key, c.params] for c in report.checks], "note": note or "",
        }
        return self.append("examination", public, personal, image if store_image else None, now)

    def record_decision(self, examination: str, decision: str, note: str = "", officer: str = "",
                        now: dt.datetime | None = None) -> Entry:
        if decision not in DECISIONS:
            raise LogError(f"not a decision: {decision!r} (one of {', '.join(DECISIONS)})")
        target = self.entry(examination)
        if target.kind != "examination":
            raise LogError(f"entry {target.id} is not an examination")
        return self.append("decision", {"examination": target.id, "decision": decision, "officer": officer or "",
                                        "status": None}, {"note": note or ""}, now=now)

    def record_chip(self, examination: str, public: dict, personal: dict, read: bytes | None = None,
                    officer: str = "", now: dt.datetime | None = None) -> Entry:
        """The chip read of an examination (desktop.chip.evidence.record_parts): its own entry, because the chip
        is read after the page is recorded; `read` (the files, zipped) is kept like an image, and purged with
        the personal part."""
        target = self.entry(examination)
        if target.kind != "examination":
            raise LogError(f"entry {target.id} is not an examination")
        return self.append("chip", {**public, "examination": target.id, "officer": officer or "",
                                    "read_stored": read is not None},
                           {**personal, "read_sha256": hashlib.sha256(read).hexdigest() if read else None}, read, now)

    def chip_of(self, examination: str) -> Entry | None:
        """The latest chip entry recorded for an examination, if any."""
        found = None
        for e in self.store.entries("WHERE kind = ?", ("chip",)):
            if e.public.get("examination") == examination:
                found = e
        return found

    # Reading ---------------------------------------------------------------------------------------

    def entry(self, ident: str | int) -> Entry:
        """An entry by id: WORKSTATION:SEQ, or SEQ where only one workstation has that number."""
        text = str(ident).strip()
        workstation, _, seq_text = text.rpartition(":")
        try:
            seq = int(seq_text)
        except ValueError:
            raise LogError(f"not an entry id: {text!r} (WORKSTATION:NUMBER or NUMBER)") from None
        if not workstation:
            found = self.store.find_seq(seq)
            if len(found) > 1:
                raise LogError(f"entry {seq} exists for several workstations ({', '.join(found)}): "
                               f"give WORKSTATION:{seq}")
            workstation = found[0] if found else self.workstation
        got = self.store.get(workstation, seq)
        if got is None:
            raise LogError(f"no entry {workstation}:{seq} in {self.name}")
        return got

    def entries(self, workstation: str | None = None) -> Iterator[Entry]:
        if workstation:
            return self.store.entries("WHERE workstation = ?", (workstation,))
        return self.store.entries()

    def publics(self, kind: str | None = None) -> Iterator[dict]:
        """Every entry's public part (what statistics read), without the personal data; only one kind's if given."""
        for (public,) in (self.store.rows("public", "WHERE kind = ?", (kind,)) if kind else self.store.rows("public")):
            yield entries.loads(public)

    def decisions(self) -> dict[str, dict]:
        """examination id -> the latest decision entry's public part."""
        latest: dict[str, dict] = {}
        for (public,) in self.store.rows("public", "WHERE kind = ?", ("decision",)):
            p = entries.loads(public)
            latest[p["examination"]] = p
        return latest

    def image(self, sha256: str | None) -> bytes | None:
        return self.store.image(sha256) if sha256 else None

    # Verifying -------------------------------------------------------------------------------------

    def verify(self, stop_at_first: bool = True, keys: dict[str, str] | None = None) -> Verification:
        """Everything the log can prove about itself (README, "What the record proves"):
        - each chain: every entry follows the one before it and matches its hash; the last is the recorded head;
        - every entry is signed by its workstation's key: this workstation's own key file for its entries, the
          key registered for the others (`keys` overrides: a push checks the centre's against the centre's);
        - this workstation's entries reach at least as far as its key remembers signing in this log (cut short,
          emptied or replaced logs);
        - a purged entry (personal part removed) lies before a recorded purge's cutoff;
        - every stored image (or chip read) is the one its entry recorded, byte for byte.
        A row that cannot even be read is reported, never raised."""
        from desktop.record import signing
        from desktop.record.store import COLUMNS

        result = Verification()
        heads = self.store.heads()
        registered = dict(self.store.keys()) if keys is None else dict(keys)
        own = None
        if keys is None and self.store.mark == "?":  # a workstation's own file; a central log has only enrolments
            try:
                own = self.signer.public
            except LogError:
                own = None
        cutoff = self._purge_cutoff()
        workstation, prev, expected = None, GENESIS, 1
        last_seen: dict[str, tuple[int, str]] = {}

        def broken(ident: str, problems: list[str]) -> bool:
            result.broken.append((ident, problems))
            return stop_at_first

        for row in self.store.rows(COLUMNS):
            try:
                e = entries.from_row(row)
            except ValueError as exc:
                if broken(f"{row[0]}:{row[1]}", [f"the entry cannot be read: {exc}"]):
                    return result
                continue
            if e.workstation != workstation:
                workstation, prev, expected = e.workstation, GENESIS, 1
            found = entries.problems(e, prev, expected)
            key = own if e.workstation == self.workstation and own else registered.get(e.workstation)
            if key is None:
                found.append(f"no key is registered for workstation {e.workstation}: its entries are not anchored "
                             f"(the unit enrols it: docexam log enrol)")
            elif not signing.verify(key, e.signature, e.workstation, e.seq, e.hash):
                found.append("it is not signed by its workstation's key" + (
                    " (it carries no signature)" if not e.signature else
                    " (forged, re-hashed, or written with another key)"))
            else:
                result.keys[e.workstation] = signing.fingerprint(key)
            if e.purged and not (cutoff and e.time_utc < cutoff):
                found.append("its personal part was removed outside any recorded purge")
            found += self._stored_image(e)[1]
            result.images += bool(e.image)
            result.checked += 1
            result.purged += e.purged
            if found and broken(e.id, found):
                return result
            prev, expected = e.hash, e.seq + 1
            last_seen[e.workstation] = (e.seq, e.hash)
            result.heads[e.workstation] = (e.seq, e.hash, e.signature)
        for ws in sorted(set(heads) | set(last_seen)):
            if heads.get(ws) != last_seen.get(ws):
                head, last = heads.get(ws), last_seen.get(ws)
                what = (f"the chain of {ws} ends at entry {last[0] if last else 0} but entry "
                        f"{head[0] if head else 0} was recorded as its last (entries at the end were deleted or "
                        f"the head edited)")
                if broken(f"{ws}:{(last[0] + 1) if last else 1}", [what]):
                    return result
        if keys is None and own is not None:
            for ws, (seq, digest) in self.signer.remembered(self.name).items():
                last = last_seen.get(ws)
                if last is None or last[0] < seq:
                    what = (f"this workstation signed entry {seq} of {ws} in this log, but the log ends at entry "
                            f"{last[0] if last else 0}: entries were removed, or the log was emptied or replaced "
                            f"by an older copy")
                    if broken(f"{ws}:{(last[0] + 1) if last else 1}", [what]):
                        return result
                else:
                    there = self.store.get(ws, seq)
                    if there is None or there.hash != digest:
                        if broken(f"{ws}:{seq}", [f"entry {seq} is not the one this workstation signed (the log "
                                                  f"was replaced by another)"]):
                            return result
        return result

    def _purge_cutoff(self) -> str | None:
        """The latest cutoff of a recorded purge: entries before it may legitimately have lost their personal
        part."""
        latest = None
        for (public,) in self.store.rows("public", "WHERE kind = ?", ("purge",)):
            try:
                cutoff = entries.loads(public).get("cutoff")
            except (ValueError, TypeError, AttributeError):
                continue
            if isinstance(cutoff, str) and (latest is None or cutoff > latest):
                latest = cutoff
        return latest

    def _stored_image(self, e: Entry) -> tuple[bytes | None, list[str]]:
        """The stored image (or chip read) and what is wrong with it: it must be the bytes the entry recorded —
        its hash, and the hash sealed in the entry's personal part (the image column itself is not sealed)."""
        if not e.image:
            return None, []
        data = self.store.image(e.image)
        if data is None:
            return None, ["its stored image is missing"]
        found = []
        if hashlib.sha256(data).hexdigest() != e.image:
            found.append("its stored image was replaced (the bytes do not match the recorded SHA-256)")
        try:
            personal = e.personal or {}
        except Exception:  # a corrupt blob (zlib, JSON) is reported by problems() already
            personal = {}
        sealed = personal.get("image_sha256") or personal.get("read_sha256") if isinstance(personal, dict) else None
        if personal and sealed != e.image:
            found.append("it points at another stored image than the one it recorded")
        return data, found

    def image_verified(self, e: Entry) -> bytes | None:
        """The entry's stored image, only if it is the one recorded (else None): what a report may show."""
        data, problems = self._stored_image(e)
        return None if problems else data

    # The report as it was ----------------------------------------------------------------------------

    def report_of(self, e: Entry) -> Report:
        """The Report recorded with an examination (its findings translatable again)."""
        if e.kind != "examination":
            raise LogError(f"entry {e.id} is a {e.kind}, not an examination")
        if e.personal is None:
            raise LogError(f"entry {e.id} was purged after the retention period: its report and image are no "
                           f"longer kept (its verdict was {e.public.get('status')})")
        return rebuild(e.personal["report"], e.personal.get("findings") or [])


def rebuild(data: dict, findings: list) -> Report:
    checks = []
    for index, c in enumerate(data.get("checks", [])):
        key, params = (findings[index] if index < len(findings) else (f"{c['id']}.{c['status']}", {}))
        checks.append(Check(c["id"], c["field"], c["status"], key, params or {},
                            tuple(c["span"]) if c.get("span") else None, c.get("expected"), c.get("actual"),
                            tuple(tuple(s) for s in c.get("covers", ()))))
    known = {"source", "status", "format", "mrz", "fields", "checks"}
    extra: dict[str, Any] = {k: v for k, v in data.items() if k not in known}
    return Report(data["status"], data.get("format"), tuple(data.get("mrz", ())), dict(data.get("fields", {})),
                  tuple(checks), data.get("source"), extra)
