"""Whatever a chip answers — truncated, wrong lengths, bad MACs, bad TLV — the reading side raises only its
own ChipError with a message (which the examination turns into a finding), never anything else."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.chip import examine, lds, sod, tlv, trust
from desktop.chip.errors import ChipError
from desktop.chip.sm import SecureMessaging
from tests.chip import pki
from tests.chip.fixtures import TD3
from tests.chip.softchip import SoftChip

MRZ = "".join(TD3)
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def pki_pair():
    ca = pki.make_csca()
    return ca, pki.make_signer(ca)


@pytest.fixture(scope="module")
def files(pki_pair):
    return pki.passport_files(MRZ, pki_pair[1])


@pytest.fixture(scope="module")
def csca_for_files(pki_pair):
    return pki_pair[0].asn1


def only_chip_errors(function, *args):
    try:
        function(*args)
    except ChipError as exc:
        assert str(exc)  # always a message


@QUICK
@given(st.binary(max_size=300))
def test_tlv_and_every_file_parser_on_any_bytes(data):
    only_chip_errors(tlv.parse, data)
    for parse in (lds.parse_com, lds.parse_dg1, lds.parse_dg2, lds.describe_dg14, lds.describe_dg15, sod.parse):
        only_chip_errors(parse, data)
    only_chip_errors(lds.parse_text_group, data, 0x6B, lds.DG11_TAGS)


@QUICK
@given(st.binary(max_size=120), st.integers(0, 0xFFFF))
def test_secure_messaging_answers_of_any_shape(raw, sw):
    sm = SecureMessaging(bytes(16), bytes(16), 0)
    only_chip_errors(sm.unprotect, raw, sw)


@QUICK
@given(st.integers(0, 4000), st.integers(0, 7), st.sampled_from(["flip", "truncate", "extend", "sw"]))
def test_mutated_files_on_a_reading_never_escape(files, position, bit, how):
    """A real SOD/DG mutated anywhere: parse errors are ChipErrors, and a changed byte never passes."""
    for fid in (0x011D, 0x0102, 0x0101):
        only_chip_errors(sod.parse if fid == 0x011D else lds.parse_dg2 if fid == 0x0102 else lds.parse_dg1,
                         pki.mutated(files[fid], how, position, bit))


class Mutating:
    """The soft chip's answers, the n-th one mutated."""

    def __init__(self, chip, n, how, position):
        self.chip, self.n, self.how, self.position, self.count = chip, n, how, position, 0

    def transmit(self, apdu):
        data, sw = self.chip.transmit(apdu)
        self.count += 1
        if self.count != self.n:
            return data, sw
        data = bytearray(data)
        at = self.position % (len(data) or 1)
        if self.how == "truncate":
            data = data[:at]
        elif self.how == "flip" and data:
            data[at] ^= 0x40
        elif self.how == "length" and data:
            data[min(1, len(data) - 1)] = (data[min(1, len(data) - 1)] + 7) & 0xFF
        elif self.how == "sw":
            sw = 0x6A82 if sw == 0x9000 else 0x9000
        return bytes(data), sw


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, 40), st.sampled_from(["truncate", "flip", "length", "sw"]), st.integers(0, 300))
def test_a_chip_answering_badly_gives_a_result_not_an_exception(files, tmp_path_factory, csca_for_files, n, how,
                                                               position):
    store = trust.Store(tmp_path_factory.mktemp("store"))
    store.add(csca_for_files)
    result = examine.read_chip(Mutating(SoftChip(files), n, how, position), TD3, store)
    assert result.status in ("pass", "fail", "unverified", "error")
    problems = [c.message for c in result.checks if c.id == "chip.read"]
    assert not any("unexpected" in m for m in problems), problems  # our parsers raised only their own errors
    if result.status == "pass":  # a mutation that passes changed nothing the chip signed or we read
        assert result.dg1 == TD3


def test_the_soft_chip_itself_reads_clean(files, tmp_path, csca_for_files):
    store = trust.Store(tmp_path)
    store.add(csca_for_files)
    result = examine.read_chip(SoftChip(files), TD3, store)
    assert result.status == "pass" and result.read == [1, 2, 11]
    # the same chip with no CSCA to anchor it is "not verified", never the green of a verified chip
    assert examine.read_chip(SoftChip(files), TD3, trust.Store(tmp_path / "empty")).status == "unverified"


# PACE end to end, against the soft chip (virtualsmartcard emulates BAC only) ------------------------------

def card_access(oid_tail: str, parameter: int) -> bytes:
    from desktop.chip import pace, tlv

    info = tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(pace.ECDH_GM + "." + oid_tail)) + tlv.build(0x02, b"\x02")
                     + tlv.build(0x02, bytes([parameter])))
    return tlv.build(0x31, info)


@pytest.mark.parametrize("cipher, parameter, name", [("2", 13, "AES-128, Brainpool-p256r1"),
                                                      ("2", 12, "AES-128, secp256r1"),
                                                      ("4", 15, "AES-256, secp384r1"),
                                                      ("1", 13, "3DES-112, Brainpool-p256r1")])
def test_a_pace_only_chip_is_opened_with_pace_and_read_in_full(files, tmp_path, csca_for_files, cipher, parameter,
                                                                name):
    chip = SoftChip(files, card_access=card_access(cipher, parameter), bac=False)
    store = trust.Store(tmp_path)
    store.add(csca_for_files)
    result = examine.read_chip(chip, TD3, store)
    assert result.status == "pass", [c.message for c in result.checks]
    assert result.protocol == "PACE" and result.pace_offered and result.read == [1, 2, 11]
    access = {c.id: c for c in result.checks}["chip.access"]
    assert name in access.message and "ECDH generic mapping" in access.message


def test_pace_with_a_wrong_mrz_is_refused_with_a_message_about_the_mrz(files, tmp_path):
    chip = SoftChip(files, card_access=card_access("2", 13), bac=False)
    wrong = (TD3[0], TD3[1].replace("7408122", "7408139"))
    result = examine.read_chip(chip, wrong, trust.Store(tmp_path))
    access = {c.id: c for c in result.checks}["chip.access"]
    assert result.status == "fail" and access.status == "fail" and "MRZ" in access.message


def test_an_unsupported_pace_falls_back_to_bac_and_says_so(files, tmp_path):
    chip = SoftChip(files, card_access=card_access("2", 2))  # DH parameters (id 2): not implemented
    result = examine.read_chip(chip, TD3, trust.Store(tmp_path))
    found = {c.id: c for c in result.checks}
    assert result.protocol == "BAC" and found["chip.access_pace"].status == "skip"
    assert "does not support" in found["chip.access_pace"].message


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, 30), st.sampled_from(["truncate", "flip", "length", "sw"]), st.integers(0, 300))
def test_a_pace_chip_answering_badly_gives_a_result_not_an_exception(files, tmp_path_factory, n, how, position):
    chip = SoftChip(files, card_access=card_access("2", 13), bac=False)
    result = examine.read_chip(Mutating(chip, n, how, position), TD3, trust.Store(tmp_path_factory.mktemp("s")))
    assert result.status in ("pass", "fail", "unverified", "error")
    assert not any("unexpected" in c.message for c in result.checks if c.id == "chip.read"), \
        [c.message for c in result.checks]


@QUICK
@given(st.binary(max_size=300))
def test_ef_cardsecurity_and_chip_keys_of_any_bytes(data):
    """PACE-CAM's inputs: EF.CardSecurity and the keys in it (cam.py, groups.from_key_der)."""
    from desktop.chip import cam, groups

    only_chip_errors(cam.parse_card_security, data)
    only_chip_errors(cam.static_keys, data)
    only_chip_errors(groups.from_key_der, data)
    # a standardized-parameters key with arbitrary parameter bytes and point
    key = tlv.build(0x30, tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(groups.STANDARDIZED)) +
                                    tlv.build(0x02, data[:2])) + tlv.build(0x03, data[2:]))
    only_chip_errors(groups.from_key_der, key)
