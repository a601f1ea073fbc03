"""PACE with the chip authentication mapping (PACE-CAM, Doc 9303 Part 11 §4.4.3.3.3 and §4.4.3.5): the chip proves
it holds the static key its signed EF.CardSecurity names. The genuine chip verifies; a copy of its files on a chip
with another key, a chip that leaves its proof out, and an EF.CardSecurity that is missing, altered or signed by
someone else all fail — never a green chip. Against the soft chip (the emulated card of the PC/SC tests does
not do PACE)."""

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.chip import cam, examine, groups, pace, tlv, trust
from tests.chip import pki
from tests.chip.fixtures import TD3
from tests.chip.softchip import SoftChip
from tests.chip.test_pace_and_chip_authentication import card_access, soft_files, store_for

CAM_AES128 = pace.ECDH_CAM + ".2"


@pytest.fixture(scope="module")
def signer_pair():
    ca = pki.make_csca()
    return ca, pki.make_signer(ca)


def standardized_key(parameter: int, secret: int) -> bytes:
    """A ChipAuthenticationPublicKeyInfo's key as German ID cards write it: parameters by number."""
    public = groups.standard(parameter).public(secret)
    return tlv.build(0x30, tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(groups.STANDARDIZED)) +
                                     tlv.build(0x02, bytes([parameter]))) + tlv.build(0x03, b"\x00" + public))


def named_key(secret: int) -> bytes:  # secp256r1 (standardized parameters 12) by its name
    key = ec.derive_private_key(secret, ec.SECP256R1())
    return key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def security_infos(spki: bytes, parameter: int) -> bytes:
    key_info = tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(cam.ID_PK_ECDH)) + spki + tlv.build(0x02, b"\x01"))
    pace_info = tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(CAM_AES128)) + tlv.build(0x02, b"\x02") +
                          tlv.build(0x02, bytes([parameter])))
    return tlv.build(0x31, key_info + pace_info)


def read(signer_pair, tmp_path, *, parameter=13, key_form=standardized_key, chip_secret=None, security=None,
         store=None, **chip):
    csca, signer = signer_pair
    group = groups.standard(parameter)
    secret = group.random_secret()
    spki = key_form(parameter, secret) if key_form is standardized_key else key_form(secret)
    if security is None:
        security = pki.card_security(signer, security_infos(spki, parameter))
    elif callable(security):
        security = security(spki)
    soft = SoftChip(soft_files(signer), card_access=card_access(pace.ECDH_CAM, "2", parameter), bac=False,
                    cam_key=chip_secret(group, secret) if chip_secret else secret, card_security=security, **chip)
    return examine.read_chip(soft, TD3, store if store is not None else store_for(tmp_path, csca))


def finding(result, ident="chip.chip_authentication"):
    return {c.id: c for c in result.checks}[ident]


@pytest.mark.parametrize("parameter, key_form", [(13, standardized_key), (12, named_key), (11, standardized_key)])
def test_a_genuine_chip_opened_with_pace_cam_is_verified_and_proven_not_a_copy(signer_pair, tmp_path, parameter,
                                                                               key_form):
    result = read(signer_pair, tmp_path, parameter=parameter, key_form=key_form)
    ca = finding(result)
    assert result.protocol == "PACE" and "chip authentication mapping" in finding(result, "chip.access").message
    assert ca.status == "pass" and "PACE-CAM" in ca.message and "not a copy" in ca.message, ca.message
    assert result.status == "pass", [c.message for c in result.checks if c.status != "pass"]
    assert "EF.CardSecurity" in result.saved_files()


def test_a_copy_on_a_chip_with_another_key_fails_as_a_copy(signer_pair, tmp_path):
    result = read(signer_pair, tmp_path, chip_secret=lambda group, secret: group.random_secret())
    ca = finding(result)
    assert ca.status == "fail" and "copy" in ca.message and result.status == "fail"
    assert "copy" in examine.passive.summary(result.checks).message


def test_a_chip_that_leaves_its_chip_authentication_data_out_fails(signer_pair, tmp_path):
    result = read(signer_pair, tmp_path, cam_data=False)
    assert finding(result).status == "fail" and "did not send" in finding(result).message
    assert result.status == "fail"


def test_a_chip_without_ef_cardsecurity_fails(signer_pair, tmp_path):
    result = read(signer_pair, tmp_path, security=b"")
    assert result.status == "fail"
    result = read(signer_pair, tmp_path, security=lambda spki: None)
    assert finding(result).status == "fail" and "EF.CardSecurity" in finding(result).message


def test_an_ef_cardsecurity_altered_after_signing_fails(signer_pair, tmp_path):
    def altered(spki):
        genuine = pki.card_security(signer_pair[1], security_infos(spki, 13))
        other = pki.card_security(signer_pair[1], security_infos(standardized_key(13, 7), 13))
        # the signed content swapped for another key's, the signature kept
        return genuine.replace(security_infos(spki, 13), security_infos(standardized_key(13, 7), 13)) \
            if security_infos(spki, 13) in genuine else other

    result = read(signer_pair, tmp_path, security=altered, chip_secret=lambda group, secret: 7)
    assert finding(result).status == "fail" and "signature" in finding(result).message
    assert result.status == "fail"


def test_an_ef_cardsecurity_signed_by_a_forger_naming_the_real_csca_fails(signer_pair, tmp_path):
    forger = pki.make_signer(pki.make_csca())  # same names as the genuine CSCA and DS, other keys
    result = read(signer_pair, tmp_path, security=lambda spki: pki.card_security(forger, security_infos(spki, 13)))
    assert finding(result).status == "fail" and result.status == "fail"


def test_without_the_states_csca_pace_cam_is_undecided_never_green(signer_pair, tmp_path):
    result = read(signer_pair, tmp_path, store=trust.Store(tmp_path / "empty"))
    assert finding(result).status == "warn" and result.status == "unverified"


def test_pace_cam_is_defined_with_aes_only():
    (info,) = pace.parse_card_access(card_access(pace.ECDH_CAM, "1", 13))
    assert not info.supported
    (info,) = pace.parse_card_access(card_access(pace.ECDH_CAM, "4", 13))
    assert info.supported and info.chip_authentication_mapping


def test_chip_authentication_data_that_does_not_decrypt_proves_nothing():
    proof = pace._cam_proof(13, b"\x04", bytes(16), tlv.read_one(tlv.build(0x8A, bytes(15)))[0])
    assert proof.ca is None and proof.problem
    result = cam.authenticate(proof, None, trust.Store.__new__(trust.Store))
    assert result.status == "fail"
