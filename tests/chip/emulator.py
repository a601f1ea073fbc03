"""A real PC/SC stack with an emulated passport chip that this repository did not write, for the tests:
Debian's pcscd with the virtual reader vpcd (vsmartcard-vpcd) and virtualsmartcard's ePass chip
(python3-virtualsmartcard), installed by `make system`.

Debian's virtualsmartcard does not run under Python 3 as packaged: `patched_library` copies it and fixes its
Python 2 leftovers (bytes vs str in secure messaging and TLV packing, an 8-byte send sequence counter) and
adds the processing-status object 99 that Doc 9303 Part 11 §9.8.5 requires in protected answers, which it
leaves out. Each fix names what it repairs; a fix that no longer applies fails loudly. It emulates BAC only.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PID_FILE = Path("/run/pcscd/pcscd.pid")

PATCHES = [
    ("CryptoUtils.py", "operation_on_string on bytes (BAC's K.IFD xor K.IC)",
     '''    result = []
    for i in range(len(string1)):
        result.append(chr(op(ord(string1[i]), ord(string2[i]))))
    return "".join(result)''',
     "    return bytes(op(a, b) for a, b in zip(string1, string2))"),
    ("CryptoUtils.py", "the send sequence counter is 8 bytes in the MAC (Part 11 §9.8.4)",
     "            data = inttostring(ssc) + data\n", "            data = inttostring(ssc, 8) + data\n"),
    ("TLVutils.py", "pack returns its bytes",
     '    return b"".join(result)\n\n\ndef bertlv_pack', '    return result\n\n\ndef bertlv_pack'),
    ("SEutils.py", "command data collected as bytes", '        return_data = ["", ]', '        return_data = [b"", ]'),
    ("SEutils.py", "MAC input as bytes", '            to_authenticate = ""\n', '            to_authenticate = b""\n'),
    ("SEutils.py", "padding indicator is a byte", "                padding_indicator = stringtoint(value[0])",
     "                padding_indicator = value[0]"),
    ("SEutils.py", "unprotected command data as bytes", 'data="".join(return_data))', 'data=b"".join(return_data))'),
    ("SEutils.py", "protected answers as bytes",
     '''        return_data = ""
        # if sw == SW["NORMAL"]:
        #    sw = inttostring(sw)
        #    length = len(sw)
        #    tag = SM_Class["PLAIN_PROCESSING_STATUS"]
        #    tlv_sw = pack([(tag,length,sw)])
        #    return_data += tlv_sw

        if result != "":  # Encrypt the data included in the RAPDU
            encrypted = self.encipher(0x82, 0x80, result)
            encrypted = "\\x01" + encrypted''',
     '''        return_data = b""

        if result:  # Encrypt the data included in the RAPDU
            encrypted = self.encipher(0x82, 0x80, result)
            encrypted = b"\\x01" + encrypted'''),
    ("SEutils.py", "the processing status object 99 in protected answers (Part 11 §9.8.5)",
     '''            return_data += encrypted_tlv

        if sw == SW["NORMAL"]:
            if self.cct''',
     '''            return_data += encrypted_tlv

        if sw == SW["NORMAL"]:
            return_data += pack([(SM_Class["PLAIN_PROCESSING_STATUS"], 2, inttostring(sw, 2))])
            if self.cct'''),
    # Not a Python 3 bug but a latency one: vpcd writes each APDU in two pieces and vicc's delayed ACK holds the
    # second for 40 ms (Nagle). Quick ACKs and no delay take an exchange from 48 ms to 0.3 ms, as a reader is.
    ("VirtualSmartcard.py", "no Nagle delay on vicc's socket",
     "        sock.connect((host, port))\n",
     "        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)\n        sock.connect((host, port))\n"),
    ("VirtualSmartcard.py", "quick ACKs before each read from vpcd",
     "                sizestr = self.sock.recv(_Csizeof_short)",
     "                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)\n"
     "                sizestr = self.sock.recv(_Csizeof_short)"),
]


class EmulatorMissing(RuntimeError):
    """What the emulated chip needs is not installed or not usable; the message says what to do."""


def installed_library() -> Path:
    found = glob.glob("/usr/lib/python3*/**/virtualsmartcard/VirtualSmartcard.py", recursive=True)
    if not found:
        raise EmulatorMissing("virtualsmartcard is not installed: run `make system` (Debian's "
                              "python3-virtualsmartcard, pcscd, vsmartcard-vpcd)")
    return Path(found[0]).parent


def patched_library(dest: Path) -> Path:
    """A copy of the installed virtualsmartcard with the fixes applied; returns the folder to put on sys.path."""
    target = dest / "virtualsmartcard"
    shutil.copytree(installed_library(), target)
    for name, why, old, new in PATCHES:
        path = target / name
        text = path.read_text()
        if text.count(old) != 1:
            raise EmulatorMissing(f"virtualsmartcard changed: the fix '{why}' no longer applies to {name}")
        path.write_text(text.replace(old, new))
    return dest


def _free_port() -> int:
    """A free pair of ports (vpcd listens on PORT and PORT+1, one per slot)."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        try:
            with socket.socket() as s:
                s.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port pair for vpcd")


def _running_pcscd() -> int | None:
    try:
        pid = int(PID_FILE.read_text().strip())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


class PCSCDaemon:
    """pcscd in the foreground with only the virtual reader; one per machine (it owns /run/pcscd)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "PCSCDaemon":
        binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
        if not Path(binary).exists() or not Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so").exists():
            raise EmulatorMissing("pcscd or the vpcd driver is not installed: run `make system`")
        other = _running_pcscd()
        if other:
            raise EmulatorMissing(f"another pcscd (pid {other}) is running; the tests need their own: stop it "
                                  "(systemctl stop pcscd.socket pcscd) and run them again")
        for stale in (Path("/run/pcscd/pcscd.comm"), PID_FILE):  # left by a pcscd that was killed
            stale.unlink(missing_ok=True)
        conf = self.folder / "reader.conf.d"
        conf.mkdir(parents=True, exist_ok=True)
        (conf / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME /dev/null:0x{self.port:X}\n"  # vpcd takes its port from the device name
            "LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\n"
            f"CHANNELID 0x{self.port:X}\n")
        self.log = open(self.folder / "pcscd.log", "wb")
        self.process = subprocess.Popen([binary, "-f", "-c", str(conf)], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._listening():
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"pcscd stopped: {(self.folder / 'pcscd.log').read_text()[-500:]}")
            time.sleep(0.05)
        raise RuntimeError("pcscd did not start its virtual reader within 15 s")

    def _listening(self) -> bool:
        with socket.socket() as s:
            s.settimeout(0.2)
            return s.connect_ex(("127.0.0.1", self.port)) == 0 and Path("/run/pcscd/pcscd.comm").exists()

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


class EmulatedCard:
    """One emulated chip on the virtual reader, serving `files` (FID -> bytes) while the context is open."""

    def __init__(self, daemon: PCSCDaemon, library: Path, files: dict[int, bytes], folder: Path,
                 keys: dict[str, bytes] | None = None):
        """`keys`: the chip's private keys as PKCS#8 DER, {"aa": …, "ca": …} (Active / Chip Authentication)."""
        self.daemon, self.library, self.files, self.folder, self.keys = daemon, library, files, folder, keys or {}
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "EmulatedCard":
        from desktop.chip import pcsc

        store = self.folder / "files"
        store.mkdir(parents=True, exist_ok=True)
        for stale in store.iterdir():
            stale.unlink()
        for fid, data in self.files.items():
            (store / f"{fid:04X}.bin").write_bytes(data)
        key_folder = self.folder / "keys"
        key_folder.mkdir(exist_ok=True)
        for stale in key_folder.iterdir():
            stale.unlink()
        for name, data in self.keys.items():
            (key_folder / f"{name}.pkcs8").write_bytes(data)
        self.log = open(self.folder / "vicc.log", "wb")
        self.process = subprocess.Popen([sys.executable, str(HERE / "vicc_card.py"), str(self.library),
                                         str(self.daemon.port), str(store), str(key_folder)], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if pcsc.card_present():
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"the emulated chip stopped: {(self.folder / 'vicc.log').read_text()[-800:]}")
            time.sleep(0.05)
        raise RuntimeError("the emulated chip did not appear on the virtual reader within 20 s")

    def remove(self) -> None:
        """Take the card off the reader (its process ends, as a card leaves the field)."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def __exit__(self, *exc) -> None:
        from desktop.chip import pcsc

        self.remove()
        self.log.close()
        deadline = time.monotonic() + 10
        while pcsc.card_present() and time.monotonic() < deadline:
            time.sleep(0.05)
