"""Runs one emulated passport chip (virtualsmartcard's ePass card behind vpcd) serving the files of a folder.

    python vicc_card.py LIBRARY_DIR PORT FILES_DIR [KEYS_DIR]   files by FID in hex: 011E.bin, 0101.bin …
                                                               keys: aa.pkcs8, ca.pkcs8 (PKCS#8 DER)

Started by tests/chip/emulator.py in its own process. The emulator is GPL and test-only: this file only
drives it (our code); it is never bundled. virtualsmartcard's ePass does BAC only: the SAM below adds the
chip's side of Active Authentication (RSA, ISO/IEC 9796-2 scheme 1; Part 11 §6.1) and Chip Authentication
version 1 with 3DES (MSE:Set KAT; Part 11 §6.2), with the private keys given — a clone is the same files with
another key.
"""

import hashlib
import logging
import os
import sys

sys.path.insert(0, sys.argv[1])
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # the repository
port, folder = int(sys.argv[2]), sys.argv[3]
key_folder = sys.argv[4] if len(sys.argv) > 4 else None

from virtualsmartcard import CardGenerator  # noqa: E402
from virtualsmartcard.SmartcardFilesystem import DF, MF, TransparentStructureEF  # noqa: E402
from virtualsmartcard.cards.ePass import PassportSAM  # noqa: E402
from virtualsmartcard.SWutils import SW, SwError  # noqa: E402
from virtualsmartcard.VirtualSmartcard import VirtualICC  # noqa: E402


def _key(name):
    path = os.path.join(key_folder, name) if key_folder else None
    if not path or not os.path.exists(path):
        return None
    with open(path, "rb") as handle:
        return handle.read()


class ClonableSAM(PassportSAM):
    """The ePass SAM with Active and Chip Authentication answered with the keys in KEYS_DIR."""

    def __init__(self, mf, dg14):
        super().__init__(mf)
        self.aa_key, self.ca_key, self.dg14, self.pending = _key("aa.pkcs8"), _key("ca.pkcs8"), dg14, None

    def internal_authenticate(self, p1, p2, data):
        from cryptography.hazmat.primitives.serialization import load_der_private_key

        if self.aa_key is None or len(data) != 8:
            raise SwError(SW["ERR_INSNOTSUPPORTED"])
        numbers = load_der_private_key(self.aa_key, None).private_numbers()
        n, d = numbers.public_numbers.n, numbers.d
        size = (n.bit_length() + 7) // 8
        m1 = os.urandom(size - 22)  # F = 6A || M1 || SHA-1(M1 || challenge) || BC, as wide as the modulus
        f = b"\x6a" + m1 + hashlib.sha1(m1 + data).digest() + b"\xbc"
        return SW["NORMAL"], pow(int.from_bytes(f, "big"), d, n).to_bytes(size, "big")

    def manage_security_environment(self, p1, p2, data):
        if (p1, p2) != (0x41, 0xA6) or self.ca_key is None:
            return super().manage_security_environment(p1, p2, data)
        from asn1crypto import keys as asn1keys

        from desktop.chip import chipauth, groups, keys, tlv

        objects = {o.tag: o.value for o in tlv.parse(data)}
        (offered,) = chipauth.chip_keys(self.dg14)
        group, _ = groups.from_key_info(asn1keys.PublicKeyInfo.load(offered.key_info))
        secret = asn1keys.PrivateKeyInfo.load(self.ca_key)["private_key"].parsed["private_key"].native
        shared = group.shared(secret, objects[0x91])
        self.pending = keys.kdf(shared, keys.ENC), keys.kdf(shared, keys.MAC)
        return SW["NORMAL"], b""

    def protect_result(self, sw, unprotected_result):
        answer = super().protect_result(sw, unprotected_result)
        if self.pending:  # the answer to MSE:Set KAT still goes under the old keys; then SSC 0 (TR-03110 §3.4)
            self.current_SE.ct.key, self.current_SE.cct.key = self.pending
            self.current_SE.ssc, self.pending = 0, None
        return answer


def build():
    """The master file with the eMRTD application (Part 10 §3.10) holding our files; the SAM takes its BAC
    keys from our DG1."""
    mf = MF()
    df = DF(parent=mf, fid=4, dfname=bytes.fromhex("A0000002471001"), bertlv_data=[])
    dg14 = None
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            data = handle.read()
        fid = int(name.split(".")[0], 16)
        dg14 = data if fid == 0x010E else dg14
        df.append(TransparentStructureEF(parent=df, fid=fid, filedescriptor=0, data=data))
    mf.append(df)
    return mf, ClonableSAM(mf, dg14)


card = build()
CardGenerator.CardGenerator.getCard = lambda self: card  # serve our card instead of prompting for one
level = logging.DEBUG if os.environ.get("VICC_DEBUG") else logging.CRITICAL
VirtualICC(None, "ePass", "localhost", port, logginglevel=level).run()
