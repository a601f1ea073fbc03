"""PACE with the card access number and with DH generic mapping (Doc 9303 Part 11 §4.4, Appendix G.2), and Chip
Authentication with AES and DH (Part 11 §6.2), against the worked example and the soft chip."""

import pytest
from asn1crypto import keys as asn1keys
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.chip import chipauth, examine, groups, keys, pace, tlv, trust
from desktop.chip.card import Card
from tests.chip import pki
from tests.chip.fixtures import TD3
from tests.chip.softchip import SoftChip
from tests.chip.test_icao_examples import Scripted

H = bytes.fromhex
MRZ = "".join(TD3)
CAN = "123456"


@pytest.fixture(scope="module")
def signer_pair():
    ca = pki.make_csca()
    return ca, pki.make_signer(ca)


def soft_files(signer, extra=None):
    files = pki.passport_files(MRZ, signer)
    groups_ = {0x0100 + n: data for n, data in (extra or {}).items()}
    if extra:  # re-sign with the extra groups covered, as an issuer would
        dgs = {fid - 0x0100: data for fid, data in files.items() if 0x0101 <= fid <= 0x0110}
        dgs.update(extra)
        files = {**files, **groups_, 0x011D: pki.sod(signer, dgs), 0x011E: pki.com(sorted(dgs))}
    return {fid: data for fid, data in files.items()}


def card_access(family: str, cipher: str, parameter: int) -> bytes:
    info = tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(f"{family}.{cipher}")) + tlv.build(0x02, b"\x02") +
                     tlv.build(0x02, bytes([parameter])))
    return tlv.build(0x31, info)


def store_for(tmp_path, csca):
    s = trust.Store(tmp_path / "csca")
    s.add(csca.asn1)
    return s


# Appendix G.2: PACE, DH generic mapping, AES-128, RFC 5114 1024-bit group (standardized parameters 0) ------------

G2_NONCE_ENCRYPTED = "854D8DF5827FA6852D1A4FA701CDDDCA"
G2_MAP_PCD_SECRET = 0x5265030F751F4AD18B08AC565FC7AC952E41618D
G2_MAP_PCD = ("23FB3749EA030D2A25B278D2A562047ADE3F01B74F17A15402CB7352CA7D2B3EB71C343DB13D1DEBCE9A3666DBCFC920"
              "B49174A602CB47965CAA73DC702489A44D41DB914DE9613DC5E98C94160551C0DF86274B9359BC0490D01B03AD54022D"
              "CB4F57FAD6322497D7A1E28D46710F461AFE710FBBBC5F8BA166F4311975EC6C")
G2_MAP_PICC = ("78879F57225AA8080D52ED0FC890A4B25336F699AA89A2D3A189654AF70729E623EA5738B26381E4DA19E004706FACE7"
               "B235C2DBF2F38748312F3C98C2DD4882A41947B324AA1259AC22579DB93F7085655AF30889DBB845D9E6783FE42C9F24"
               "49400306254C8AE8EE9DD812A804C0B66E8CAFC14F84D8258950A91B44126EE6")
G2_EPH_PCD_SECRET = 0x89CCD99B0E8D3B1F11E1296DCA68EC53411CF2CA
G2_EPH_PCD = ("907D89E2D425A178AA81AF4A7774EC8E388C115CAE67031E85EECE520BD911551B9AE4D04369F29A02626C86FBC674"
              "7CC7BC352645B6161A2A42D44EDA80A08FA8D61B76D3A154AD8A5A51786B0BC07147057871A922212C5F67F431731722"
              "36B7747D1671E6D692A3C7D40A0C3C5CE397545D015C175EB5130551EDBC2EE5D4")
G2_EPH_PICC = ("075693D9AE941877573E634B6E644F8E60AF17A0076B8B123D9201074D36152BD8B3A213F53820C42ADC79AB5D0AEEC3"
               "AEFB91394DA476BD97B9B14D0A65C1FC71A0E019CB08AF55E1F729005FBA7E3FA5DC41899238A250767A6D46DB974064"
               "386CD456743585F8E5D90CC8B4004B1F6D866C79CE0584E49687FF61BC29AEA1")
G2_TOKEN_PCD, G2_TOKEN_PICC = "B46DD9BD4D98381F", "917F37B5C0E6D8D1"


def test_pace_dh_generic_mapping_reproduces_appendix_g2_byte_for_byte():
    (info,) = pace.parse_card_access(card_access(pace.DH_GM, "2", 0))
    assert info.supported and info.describe() == "PACE DH generic mapping, AES-128, RFC 5114 1024-bit"
    def ga(chained, tag, value):  # GENERAL AUTHENTICATE as the worked example sends it
        body = tlv.build(0x7C, tlv.build(tag, H(value)) if tag else b"")
        return (("10" if chained else "00") + "860000" + f"{len(body):02X}" + body.hex().upper() + "00")

    def answer(tag, value):
        return tlv.build(0x7C, tlv.build(tag, H(value))).hex().upper() + "9000"

    exchanges = [
        ("0022C1A412800A04007F00070202040102830101840100", "9000"),  # MSE:Set AT: DH-GM-AES-128, MRZ, parameters 0
        (ga(True, 0, ""), answer(0x80, G2_NONCE_ENCRYPTED)),
        (ga(True, 0x81, G2_MAP_PCD), answer(0x82, G2_MAP_PICC)),
        (ga(True, 0x83, G2_EPH_PCD), answer(0x84, G2_EPH_PICC)),
        (ga(False, 0x85, G2_TOKEN_PCD), answer(0x86, G2_TOKEN_PICC)),
    ]
    t = Scripted(exchanges)
    card = Card(t)
    pace.authenticate(card, pace.Password("mrz", "T22000129364081251010318"), info, sk_map=G2_MAP_PCD_SECRET,
                      sk_eph=G2_EPH_PCD_SECRET)
    assert not t.exchanges  # every command as Appendix G.2 prints it, the chip's token accepted
    assert (card.sm.ks_enc, card.sm.ks_mac) == (H("2F7F46ADCC9E7E521B45D192FAFA9126"),
                                                H("805A1D27D45A5116F73C54469462B7D8"))


def test_a_dh_value_outside_the_group_is_refused():
    group = groups.standard(0)
    with pytest.raises(Exception, match="not an element of the group"):
        group.shared(5, (group.p - 1).to_bytes(group.size, "big"))


# PACE with the card access number, end to end ------------------------------------------------------------------

@pytest.mark.parametrize("family, parameter", [(pace.ECDH_GM, 13), (pace.DH_GM, 0)])
def test_an_id_card_opens_with_its_card_access_number(signer_pair, tmp_path, family, parameter):
    chip = SoftChip(soft_files(signer_pair[1]), card_access=card_access(family, "2", parameter), bac=False, can=CAN)
    result = examine.read_chip(chip, TD3, store_for(tmp_path, signer_pair[0]), can=CAN)
    access = {c.id: c for c in result.checks}["chip.access"]
    assert result.status == "pass", [c.message for c in result.checks]
    assert "card access number" in access.message and result.protocol == "PACE"


def test_a_wrong_card_access_number_is_refused_with_a_message_about_the_can(signer_pair, tmp_path):
    chip = SoftChip(soft_files(signer_pair[1]), card_access=card_access(pace.ECDH_GM, "2", 13), bac=False, can=CAN)
    result = examine.read_chip(chip, TD3, trust.Store(tmp_path), can="654321")
    access = {c.id: c for c in result.checks}["chip.access"]
    assert result.status == "fail" and "card access number" in access.message and "6 digits" in access.message


def test_a_pace_only_chip_whose_pace_this_tool_lacks_says_what_to_try(signer_pair, tmp_path):
    # integrated mapping (not implemented) on a chip that refuses BAC: the message names the CAN
    chip = SoftChip(soft_files(signer_pair[1]), card_access=card_access(pace.ID_PACE + ".4", "2", 13), bac=False)
    result = examine.read_chip(chip, TD3, trust.Store(tmp_path))
    read = {c.id: c for c in result.checks}["chip.read"]
    assert result.status == "error" and "card access number" in read.message


# Chip Authentication with AES and with DH, against the soft chip ---------------------------------------------------

def ca_dg14(public_info: bytes, protocol: str) -> bytes:
    pk = tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(chipauth.ID_PK + (".2" if "2.2.3.2" in protocol else ".1"))) +
                   public_info)
    info = tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(protocol)) + tlv.build(0x02, b"\x01"))
    return tlv.build(0x6E, tlv.build(0x31, pk + info))


def ecdh_key():
    key = ec.generate_private_key(ec.SECP256R1())
    spki = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return spki, key.private_numbers().private_value


def dh_key():
    group = groups.DhGroup(*groups.RFC5114_1024)
    secret = group.random_secret()
    spki = asn1keys.PublicKeyInfo({
        "algorithm": {"algorithm": "dh", "parameters": {"p": group.p, "g": group.g, "q": group.q}},
        "public_key": asn1keys.Integer(int.from_bytes(group.public(secret), "big"))})
    return spki.dump(), secret


@pytest.mark.parametrize("make, protocol, name", [
    (ecdh_key, chipauth.ID_CA + ".2.2", "ECDH, AES-128"),
    (ecdh_key, chipauth.ID_CA + ".2.4", "ECDH, AES-256"),
    (dh_key, chipauth.ID_CA + ".1.1", "DH, 3DES"),
    (dh_key, chipauth.ID_CA + ".1.2", "DH, AES-128")])
@pytest.mark.parametrize("clone", [False, True])
def test_chip_authentication_with_aes_and_dh(signer_pair, tmp_path, make, protocol, name, clone):
    spki, secret = make()
    dg14 = ca_dg14(spki, protocol)
    (offered,) = chipauth.chip_keys(dg14)
    group, _ = groups.from_key_info(asn1keys.PublicKeyInfo.load(offered.key_info))
    chip_secret = group.random_secret() if clone else secret
    chip = SoftChip(soft_files(signer_pair[1], {14: dg14}), ca_key=(group, chip_secret, *offered.cipher))
    result = examine.read_chip(chip, TD3, store_for(tmp_path, signer_pair[0]))
    ca = {c.id: c for c in result.checks}["chip.chip_authentication"]
    if clone:
        assert ca.status == "fail" and result.status == "fail"
    else:
        assert ca.status == "pass" and name in ca.message and result.status == "pass", ca.message


def test_the_card_access_number_key_is_the_can_itself():
    # Part 11 §9.7.3: Kπ = KDF(CAN, 3) — no hash of the CAN first, unlike the MRZ
    assert keys.pace_password("123456", "aes", 128, "can") == keys.kdf(b"123456", keys.PACE, "aes", 128)
