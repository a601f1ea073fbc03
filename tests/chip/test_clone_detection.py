"""Clone detection: Active Authentication (DG15, Doc 9303 Part 11 §6.1, Appendix F) and Chip Authentication
(DG14, Part 11 §6.2) — against the worked example, a real passport's answers, and an emulated chip through the
real PC/SC stack holding BSI's reference keys, then a clone of it (the same files, other keys)."""

import hashlib

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from desktop.chip import active, chipauth, examine, tlv
from tests.chip import pki
from tests.chip.fixtures import TD3
from tests.chip.test_emulated_chip import MRZ, by_id, read

H = bytes.fromhex

# Part 11 Appendix F: M1 (the chip's random part), M2 = RND.IFD, H = SHA-1(M1 || M2), F = 6A || M1 || H || BC
APPENDIX_F_M1 = H("9D2784A67F8E7C659973EA1AEA25D95B6C8F91E5002F369F0FBDCE8A3CEC1991B543F1696546C5524CF23A5303CD6C9859"
                  "9F40B79F377B5F3A1406B3B4D8F96784D23AA88DB7E1032A405E69325FA91A6E86F5C71AEA978264C4A207446DAD4E7292"
                  "E2DCDA3024B47DA8")
APPENDIX_F_RND = H("F173589974BF40C6")
APPENDIX_F_H = H("C063AA1E6D22FBD976AB0FE73D94D2D9C6D88127")

# A real passport's DG15 (RSA 1024) and its answers to four challenges, as published with pymrtd's tests
REAL_DG15 = H("6F81A230819F300D06092A864886F70D010101050003818D0030818902818100BD8620D45693E1CD8678639F22E9553F09E3AF"
              "D87BD26000113CE2798B7A02A2E0AB6B7525D09072109D938D6708167E8FAFAF83F17BFBA36CECCE26058C7ED9AE29516755B1"
              "9F78CE0E73DA02340B117B8AB2ECA007F1390E93E896016335EB5C1E330B961C03E253D17874F7ABEE8D4962C49FFE578D4695"
              "4FF23B26F5E5550203010001")
REAL_ANSWERS = [
    ("47E4EE7F211F7326", "8AECE4E0AB1A6B9E06B31ACBA51AE316D0B7B48E2F5FE13E575060F6B9DC27A2F9D03DCF67A141F466EEC753879106"
                         "BE0992F46F5EAAD075EB1886D2ACE90D60C2EDA69880780CE4FA36EF27AB01C47527BD23B178EC8F213307281572C2"
                         "19487FC11B2C3D9C144DC98D96D1A79A7478449D692D3D14E8C044F81B3ADF0047E0"),
    ("5DD17658F6E21C13", "97251259E9EB453A8DC2D9CD85D5A49D2E83F31D6465CB1FBD09C5E7800D4F0FB9FF7312343CD3955CA3BE6768AD79"
                         "38F3D36B0C9E2205923786949B5F48FBF1C94D01B5BC9DA88C8293E118F87E14E4CC409D52AA7ED266E20248AB3C04"
                         "949838540DEB24588436607EA620B4825D002C5FAB4F07B618D72C0A9EC247653FE7"),
    ("18BD6C81F37598E2", "12C0972DFE9E1DDB42B46130D64339E0845578D85E5F0ED7C9E12036AE0C3D417BBAAA6CA5579E782DDEADA825E432"
                         "C2AE9593B8DB5806327E22B18CD0AB86353C314925A01390806A1D6E8DDE2CD0D82D9671457139241E93BC308E5573"
                         "C335D14EF6182A5171A443A82A2568D6B1373A1F227377C584ABA7B1E8B1F47E393F"),
    ("0A2756299542EFCF", "0854CF7B69FB54286F97FC8B396722E21156DFEEC38CF5C63035B09A59C4EA7FCA79865D5EE166548AAE5AE1F629A5"
                         "7459B46F5D1D1E4EFE9369C0075903D3CA282D6B2CF5843E62CE53BEA33E3D6AA7A48147CC38C9B534437FD0DCD0F0"
                         "C787BE74061DFA844435253D651E7986BA47F49FA49D7041BD1FE72B5E5D09221FD1"),
]


def test_appendix_f_message_is_recovered_and_checked():
    f = b"\x6a" + APPENDIX_F_M1 + APPENDIX_F_H + b"\xbc"
    assert hashlib.sha1(APPENDIX_F_M1 + APPENDIX_F_RND).digest() == APPENDIX_F_H  # the example's own arithmetic
    active.recover_9796(f, APPENDIX_F_RND)
    with pytest.raises(active.Mismatch, match="not over our challenge"):
        active.recover_9796(f, H("F173589974BF40C7"))
    for broken, why in ((b"\x5a" + f[1:], "header"), (f[:-1] + b"\xbd", "trailer")):
        with pytest.raises(active.Mismatch, match=why):
            active.recover_9796(broken, APPENDIX_F_RND)


@pytest.mark.parametrize("challenge, signature", REAL_ANSWERS)
def test_a_real_passports_active_authentication_answers_verify(challenge, signature):
    assert active.verify(REAL_DG15, H(challenge), H(signature), None) == "RSA 1024 bits, ISO/IEC 9796-2"
    other = bytes(b ^ 0xFF for b in H(challenge))
    with pytest.raises(active.Mismatch):
        active.verify(REAL_DG15, other, H(signature), None)


def test_an_answer_from_another_passports_key_does_not_verify():
    # the signature of the first challenge, presented as the answer to it by a chip whose DG15 is another key
    other_key = ec.generate_private_key(ec.SECP256R1())
    dg15 = tlv.build(0x6F, other_key.public_key().public_bytes(serialization.Encoding.DER,
                                                               serialization.PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(active.Mismatch):
        active.verify(dg15, H(REAL_ANSWERS[0][0]), H(REAL_ANSWERS[0][1]), "sha256")


def test_ecdsa_active_authentication_takes_the_hash_dg14_names():
    key = ec.generate_private_key(ec.BrainpoolP256R1())
    dg15 = tlv.build(0x6F, key.public_key().public_bytes(serialization.Encoding.DER,
                                                         serialization.PublicFormat.SubjectPublicKeyInfo))
    challenge = bytes(range(8))
    r, s = decode_dss_signature(key.sign(challenge, ec.ECDSA(hashes.SHA384())))
    plain = r.to_bytes(32, "big") + s.to_bytes(32, "big")  # TR-03111's plain format, as chips answer
    aa_info = tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(active.ID_AA)) + tlv.build(0x02, b"\x01") +
                        tlv.build(0x06, tlv.oid_bytes("0.4.0.127.0.7.1.1.4.1.4")))  # ecdsa-plain-SHA384
    dg14 = tlv.build(0x6E, tlv.build(0x31, aa_info))
    assert active.signature_hash(dg14) == "sha384"
    assert active.verify(dg15, challenge, plain, "sha384") == "ECDSA brainpoolP256r1, SHA384"
    assert active.verify(dg15, challenge, plain, None).endswith("SHA384")  # DG14 silent: each hash is tried
    with pytest.raises(active.Mismatch):
        active.verify(dg15, challenge[::-1], plain, "sha384")


def test_bsi_dg14_offers_chip_authentication_on_an_explicit_curve():
    (key,) = chipauth.chip_keys((pki.BSI / "Datagroup14.bin").read_bytes())
    assert (key.kind, key.cipher, key.key_id) == ("ECDH", ("3des", 112), None)
    assert key.describe() == "ECDH, 3DES"


# Through pcscd and the emulated chip ----------------------------------------------------------------------

def test_a_genuine_chip_passes_chip_and_active_authentication(emulated_chip, document_signer, store):
    with emulated_chip(pki.passport_files(MRZ, document_signer, clone_detection=True), pki.chip_keys()):
        result = read(store=store)
    found = by_id(result)
    assert found["chip.chip_authentication"].status == "pass", found["chip.chip_authentication"].message
    assert found["chip.active_authentication"].status == "pass", found["chip.active_authentication"].message
    assert "not a copy" in found["chip.active_authentication"].message
    assert result.status == "pass" and result.read == [1, 2, 11, 14, 15]


def test_a_clone_fails_chip_authentication(emulated_chip, document_signer, store):
    # every file of the genuine chip, signed and hashing correctly, on a chip that holds other keys
    with emulated_chip(pki.passport_files(MRZ, document_signer, clone_detection=True), pki.chip_keys(clone=True)):
        result = read(store=store)
    found = by_id(result)
    assert found["chip.sod_signature"].status == "pass" and found["chip.dg_hash.DG14"].status == "pass"
    assert found["chip.chip_authentication"].status == "fail"
    assert "copy" in found["chip.chip_authentication"].message
    assert result.status == "fail"


def test_a_clone_with_only_the_chip_authentication_key_fails_active_authentication(emulated_chip, document_signer,
                                                                                  store):
    keys = {"ca": pki.chip_keys()["ca"], "aa": pki.chip_keys(clone=True)["aa"]}
    with emulated_chip(pki.passport_files(MRZ, document_signer, clone_detection=True), keys):
        result = read(store=store)
    found = by_id(result)
    assert found["chip.chip_authentication"].status == "pass"
    assert found["chip.active_authentication"].status == "fail"
    assert result.status == "fail"


def test_a_chip_that_refuses_active_authentication_is_not_verified_as_genuine(emulated_chip, document_signer, store):
    keys = {"ca": pki.chip_keys()["ca"]}  # a copy on a card that cannot answer INTERNAL AUTHENTICATE
    with emulated_chip(pki.passport_files(MRZ, document_signer, clone_detection=True), keys):
        result = read(store=store)
    assert by_id(result)["chip.active_authentication"].status == "fail"
    assert result.status == "fail"


# Active Authentication with keys longer than 1024 bits: the answer needs extended lengths (or GET RESPONSE) ------

def rsa_dg15(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    spki = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return tlv.build(0x6F, spki)


@pytest.fixture(scope="module")
def rsa_2048():
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.mark.parametrize("long_answers", ["extended", "chained"])
def test_active_authentication_with_an_rsa_2048_key_verifies(tmp_path, rsa_2048, long_answers):
    from tests.chip.softchip import SoftChip
    from tests.chip.test_pace_and_chip_authentication import soft_files, store_for

    csca = pki.make_csca()
    signer = pki.make_signer(csca)
    chip = SoftChip(soft_files(signer, {15: rsa_dg15(rsa_2048)}), aa_key=rsa_2048, long_answers=long_answers)
    result = examine.read_chip(chip, TD3, store_for(tmp_path, csca))
    aa = {c.id: c for c in result.checks}["chip.active_authentication"]
    assert aa.status == "pass" and "RSA 2048" in aa.message and result.status == "pass", aa.message


def test_an_rsa_2048_answer_that_does_not_fit_the_exchange_is_undecided_not_a_copy(tmp_path, rsa_2048):
    from tests.chip.softchip import SoftChip
    from tests.chip.test_pace_and_chip_authentication import soft_files, store_for

    csca = pki.make_csca()
    signer = pki.make_signer(csca)
    chip = SoftChip(soft_files(signer, {15: rsa_dg15(rsa_2048)}), aa_key=rsa_2048, long_answers="refused")
    chip_extended = chip.transmit  # this chip answers 6700 even to an extended command: a reader without them

    def short_only(apdu):
        if apdu[1] == 0x88 and apdu[4] == 0 and len(apdu) > 7:
            return b"", 0x6700
        return chip_extended(apdu)

    chip.transmit = short_only
    result = examine.read_chip(chip, TD3, store_for(tmp_path, csca))
    aa = {c.id: c for c in result.checks}["chip.active_authentication"]
    assert aa.status == "warn" and "extended lengths" in aa.message and result.status == "unverified"


def test_an_rsa_2048_clone_fails(tmp_path, rsa_2048):
    from cryptography.hazmat.primitives.asymmetric import rsa

    from tests.chip.softchip import SoftChip
    from tests.chip.test_pace_and_chip_authentication import soft_files, store_for

    csca = pki.make_csca()
    signer = pki.make_signer(csca)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    chip = SoftChip(soft_files(signer, {15: rsa_dg15(rsa_2048)}), aa_key=other)
    result = examine.read_chip(chip, TD3, store_for(tmp_path, csca))
    assert {c.id: c for c in result.checks}["chip.active_authentication"].status == "fail"
    assert result.status == "fail"
