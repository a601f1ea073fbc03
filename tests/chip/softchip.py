"""A chip in Python for the reading side's tests: BAC, PACE (ECDH generic mapping) and secure messaging on the
card's side, over the files given. Written from Doc 9303 Part 11 for these tests: virtualsmartcard, the
emulated chip of the main tests (emulator.py), does BAC only, so PACE end to end is tested against this chip,
and its protocol steps against Appendix G (test_icao_examples.py)."""

from __future__ import annotations

import os

import secrets

from desktop.chip import crypto, groups, keys, lds, pace, tlv
from desktop.chip.sm import SecureMessaging


class SoftChip:
    def __init__(self, files: dict[int, bytes], card_access: bytes | None = None, bac: bool = True,
                 can: str | None = None, ca_key: tuple | None = None, cam_key: int | None = None,
                 card_security: bytes | None = None, cam_data: bool = True, aa_key=None, long_answers: str = "extended"):
        """`card_access` (EF.CardAccess in the master file) offers PACE; `bac=False` makes a PACE-only chip;
        `can` is the card access number printed on the card (PACE only); `ca_key` = (group, private value,
        cipher, bits) answers Chip Authentication; `cam_key` is the static private value PACE-CAM proves
        (`cam_data=False`: a chip that leaves its chip authentication data out); `card_security` is
        EF.CardSecurity, 011D of the master file (inside the application 011D is EF.SOD). `aa_key` (an RSA private
        key) answers Active Authentication (ISO/IEC 9796-2 scheme 1); an answer longer than a short APDU carries
        needs `long_answers`: "extended" lengths in the command, "chained" (61xx and GET RESPONSE), or "refused"
        (6700, a chip behind a reader without extended lengths)."""
        self.files, self.card_access, self.bac, self.can, self.ca_key = files, card_access, bac, can, ca_key
        self.cam_key, self.card_security, self.cam_data = cam_key, card_security, cam_data
        self.application = False
        self.aa_key, self.long_answers, self.pending = aa_key, long_answers, b""
        self.pace_state: dict = {}
        mrz = lds.parse_dg1(files[0x0101])
        self.info = keys.mrz_information(mrz)
        self.k_enc, self.k_mac = keys.bac_keys(self.info)
        self.sm: SecureMessaging | None = None
        self.selected: bytes | None = None
        self.challenge = b""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        cla, ins, p1, p2 = apdu[:4]
        if self.sm is None:
            if ins == 0xA4 and p1 == 0x04:
                self.application = True
                return b"", 0x9000
            if ins == 0xA4 and self.card_access is not None and apdu[5:7] == b"\x01\x1c":
                self.selected = self.card_access
                return b"", 0x9000
            if ins == 0xA4:
                return b"", 0x6A82
            if ins == 0xB0 and self.selected is not None:
                offset = (p1 << 8) | p2
                return self.selected[offset:offset + (apdu[4] or 256)], 0x9000
            if ins == 0x22 and self.card_access is not None:
                objects = {o.tag: o.value for o in tlv.parse(apdu[5:5 + apdu[4]])}
                self.pace_state = {"oid": tlv.oid_text(objects[0x80]), "param": objects[0x84][0],
                                   "password": objects[0x83][0]}
                return b"", 0x9000
            if ins == 0x86 and self.pace_state:
                return self._pace_step(apdu[5:5 + apdu[4]])
            if ins in (0x84, 0x82) and not self.bac:
                return b"", 0x6982
            if ins == 0x84:
                self.challenge = os.urandom(8)
                return self.challenge, 0x9000
            if ins == 0x82:
                data = apdu[5:5 + apdu[4]]
                e, m = data[:32], data[32:40]
                if crypto.retail_mac(self.k_mac, crypto.pad(e, 8)) != m:
                    return b"", 0x6300
                s = crypto.des3_cbc(self.k_enc, e, False)
                rnd_ifd, k_ifd = s[:8], s[16:32]
                k_ic = os.urandom(16)
                e_ic = crypto.des3_cbc(self.k_enc, self.challenge + rnd_ifd + k_ic, True)
                seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic))
                self.sm = SecureMessaging(keys.kdf(seed, 1), keys.kdf(seed, 2),
                                          int.from_bytes(self.challenge[4:] + rnd_ifd[4:], "big"))
                return e_ic + crypto.retail_mac(self.k_mac, crypto.pad(e_ic, 8)), 0x9000
            return b"", 0x6982
        if ins == 0xC0 and self.pending:  # GET RESPONSE: the next part of a chained answer
            part, self.pending = self.pending[:200], self.pending[200:]
            return part, (0x6100 | min(len(self.pending), 0xFF)) if self.pending else 0x9000
        extended = apdu[4] == 0 and len(apdu) > 7
        body = apdu[7:7 + int.from_bytes(apdu[5:7], "big")] if extended else apdu[5:5 + apdu[4]]
        objects = {o.tag: o.value for o in tlv.parse(body)}
        self.sm.ssc += 1
        covered = b"".join(tlv.build(t, v) for t, v in objects.items() if t != 0x8E)
        if self.sm._mac(crypto.pad(apdu[:4], self.sm.block) + covered) != objects.get(0x8E):
            self.sm = None
            return b"", 0x6988
        data = crypto.unpad(self.sm._encrypt(objects[0x87][1:], False)) if 0x87 in objects else b""
        le = objects.get(0x97, b"\x00")[0] or 256
        if ins == 0xA4 and p1 == 0x04:
            self.application = True
            return self._answer(b"", 0x9000)
        if ins == 0xA4 and not self.application and int.from_bytes(data, "big") == 0x011D:
            if self.card_security is None:
                return self._answer(b"", 0x6A82)
            self.selected = self.card_security
            return self._answer(b"", 0x9000)
        if ins == 0xA4:
            fid = int.from_bytes(data, "big")
            if fid not in self.files:
                return self._answer(b"", 0x6A82)
            self.selected = self.files[fid]
            return self._answer(b"", 0x9000)
        if ins == 0xB0 and self.selected is not None:
            offset = (p1 << 8) | p2
            return self._answer(self.selected[offset:offset + le], 0x9000)
        if ins == 0x88 and self.aa_key is not None:
            return self._active_authentication(data, extended)
        if self.ca_key is not None and (ins, p1, p2) in ((0x22, 0x41, 0xA6), (0x22, 0x41, 0xA4), (0x86, 0, 0)):
            return self._chip_authentication(ins, p2, data)
        return self._answer(b"", 0x6D00)

    def _chip_authentication(self, ins: int, p2: int, data: bytes) -> tuple[bytes, int]:
        """Chip Authentication v1 (Part 11 §6.2): 3DES by MSE:Set KAT, AES by MSE:Set AT then GENERAL
        AUTHENTICATE; the answer goes under the old keys, then secure messaging restarts with SSC 0."""
        group, secret, cipher, bits = self.ca_key
        objects = {o.tag: o.value for o in tlv.parse(data)}
        if ins == 0x22 and p2 == 0xA4:
            return self._answer(b"", 0x9000)
        public = objects[0x91] if ins == 0x22 else tlv.read_one(data)[0].find(0x80).value
        shared = group.shared(secret, public)
        answer = self._answer(b"" if ins == 0x22 else tlv.build(0x7C, b""), 0x9000)
        self.sm = SecureMessaging(keys.kdf(shared, 1, cipher, bits), keys.kdf(shared, 2, cipher, bits), 0, cipher)
        return answer

    def _active_authentication(self, challenge: bytes, extended: bool) -> tuple[bytes, int]:
        """INTERNAL AUTHENTICATE (Part 11 §6.1): F = 6A || M1 || SHA-1(M1 || challenge) || BC, signed."""
        import hashlib

        numbers = self.aa_key.private_numbers()
        n, d = numbers.public_numbers.n, numbers.d
        size = (n.bit_length() + 7) // 8
        m1 = os.urandom(size - 22)
        f = b"\x6a" + m1 + hashlib.sha1(m1 + challenge).digest() + b"\xbc"
        signature = pow(int.from_bytes(f, "big"), d, n).to_bytes(size, "big")
        if size + 40 > 256 and not extended and self.long_answers != "chained":
            return b"", 0x6700  # the answer does not fit a short APDU
        answer, sw = self._answer(signature, 0x9000)
        if len(answer) > 256 and self.long_answers == "chained":
            self.pending = answer[200:]
            return answer[:200], 0x6100 | min(len(self.pending), 0xFF)
        return answer, sw

    def _answer(self, data: bytes, sw: int) -> tuple[bytes, int]:
        self.sm.ssc += 1
        body = b""
        if data:
            body += tlv.build(0x87, b"\x01" + self.sm._encrypt(crypto.pad(data, self.sm.block), True))
        body += tlv.build(0x99, sw.to_bytes(2, "big"))
        body += tlv.build(0x8E, self.sm._mac(body))
        return body, sw

    def _pace_step(self, data: bytes) -> tuple[bytes, int]:
        """The chip's side of GENERAL AUTHENTICATE (Part 11 §4.4.3), generic mapping over ECDH or DH."""
        st = self.pace_state
        cipher, bits = pace.CIPHERS[st["oid"].rsplit(".", 1)[1]]
        group = groups.standard(st["param"])
        inner = tlv.read_one(data)[0].children()
        if not inner:  # step 1: the encrypted nonce, under the password the terminal named
            st["s"] = secrets.token_bytes(16)
            secret = self.info if st["password"] == 1 else self.can
            if secret is None:
                return b"", 0x6A88
            k_pi = keys.pace_password(secret, cipher, bits, "mrz" if st["password"] == 1 else "can")
            z = crypto.aes_cbc(k_pi, st["s"], True) if cipher == "aes" else crypto.des3_cbc(k_pi, st["s"][:8], True)
            if cipher != "aes":
                st["s"] = st["s"][:8]
            return tlv.build(0x7C, tlv.build(0x80, z)), 0x9000
        item = inner[0]
        if item.tag == 0x81:  # step 2: generic mapping
            sk = group.random_secret()
            st["sk_map"] = sk
            st["mapped"] = group.mapped(int.from_bytes(st["s"], "big"), sk, item.value)
            return tlv.build(0x7C, tlv.build(0x82, group.public(sk))), 0x9000
        if item.tag == 0x83:  # step 3: key agreement on the mapped generator
            mapped = st["mapped"]
            sk = mapped.random_secret()
            st["pk_pcd"], st["pk_ic"] = item.value, mapped.public(sk)
            shared = mapped.shared(sk, item.value)
            st["keys"] = keys.kdf(shared, 1, cipher, bits), keys.kdf(shared, 2, cipher, bits)
            return tlv.build(0x7C, tlv.build(0x84, st["pk_ic"])), 0x9000
        if item.tag == 0x85:  # step 4: tokens, then secure messaging from SSC 0
            ks_enc, ks_mac = st["keys"]
            if item.value != pace.auth_token(cipher, ks_mac, st["oid"], st["pk_ic"], group.token_tag):
                return b"", 0x6300
            token = pace.auth_token(cipher, ks_mac, st["oid"], st["pk_pcd"], group.token_tag)
            self.sm = SecureMessaging(ks_enc, ks_mac, 0, cipher)
            answer = tlv.build(0x86, token)
            if st["oid"].startswith(pace.ECDH_CAM + ".") and self.cam_data:
                # Part 11 §4.4.3.5.1: CA.IC = SK.map.IC / SK.IC mod n, encrypted under KSenc with IV E(KSenc, -1)
                ca = st["sk_map"] * pow(self.cam_key, -1, group.order) % group.order
                iv = crypto.aes_ecb(ks_enc, b"\xff" * 16)
                plain = crypto.pad(ca.to_bytes((group.order.bit_length() + 7) // 8, "big"), 16)
                answer += tlv.build(0x8A, crypto.aes_cbc(ks_enc, plain, True, iv))
            return tlv.build(0x7C, answer), 0x9000
        return b"", 0x6A80
