"""The frozen bundle reads a chip: `make bundle-test` runs this after the bundle's selftest.

    .venv/bin/python tests/chip/bundle_check.py dist/docexam/docexam

Starts pcscd with the emulated chip (emulator.py), imports the test CSCA with the bundle's own
`masterlist import --accept FINGERPRINT` (a new root of trust is never taken on its word), and runs the bundle's
`docexam chip --json` with an empty PATH and environment, as on a workstation: the chip must be verified. Then the
same files as a saved read through `docexam chip verify` (which needs countries.tsv inside the bundle). Exit 0
when both verify.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.chip import trust  # noqa: E402
from tests.chip import emulator, pki  # noqa: E402
from tests.chip.fixtures import TD3  # noqa: E402


def main() -> int:
    binary = Path(sys.argv[1]).resolve()
    folder = Path(tempfile.mkdtemp(prefix="docexam-bundle-chip-"))
    csca = pki.make_csca()
    (folder / "csca.der").write_bytes(csca.der)
    files = pki.passport_files("".join(TD3), pki.make_signer(csca))
    empty = folder / "empty-path"
    empty.mkdir()
    env = {"HOME": str(folder), "LANG": "C.UTF-8", "PATH": str(empty)}
    store = str(folder / "csca-store")
    with emulator.PCSCDaemon(folder / "pcscd") as daemon:
        library = emulator.patched_library(folder / "vicc")
        with emulator.EmulatedCard(daemon, library, files, folder / "card"):
            imported = subprocess.run([str(binary), "masterlist", "import", str(folder / "csca.der"), "--store", store,
                                       "--accept", trust.fingerprint(csca.asn1)],
                                      capture_output=True, text=True, env=env, timeout=120)
            read = subprocess.run([str(binary), "chip", "--mrz", "\n".join(TD3), "--json", "--store", store],
                                  capture_output=True, text=True, env=env, timeout=120)
    if imported.returncode != 0 or read.returncode != 0:
        print(f"bundle chip check FAILED:\n{imported.stdout}{imported.stderr}\n{read.stdout}{read.stderr}")
        return 1
    result = json.loads(read.stdout)
    print(f"bundle: chip read over PC/SC, {result['status']} ({len(result['checks'])} findings, "
          f"{result['elapsed_ms']} ms)")
    saved = folder / "saved-read"
    saved.mkdir()
    names = {0x011E: "EF.COM", 0x011D: "EF.SOD"}
    for fid, data in files.items():
        (saved / f"{names.get(fid) or f'DG{fid - 0x0100}'}.bin").write_bytes(data)
    verified = subprocess.run([str(binary), "chip", "verify", str(saved), "--mrz", "\n".join(TD3), "--json",
                               "--store", store], capture_output=True, text=True, env=env, timeout=120)
    if verified.returncode != 0:
        print(f"bundle chip verify FAILED:\n{verified.stdout}{verified.stderr}")
        return 1
    print(f"bundle: saved read verified ({json.loads(verified.stdout)['status']})")
    return 0 if result["status"] == "pass" else 1


if __name__ == "__main__":
    sys.exit(main())
