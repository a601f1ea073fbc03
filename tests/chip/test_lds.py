"""The data groups as an officer reads them: MRZ lines of every format, the face (JPEG and JPEG 2000), the
details of DG11/DG12, and what DG14/DG15 announce."""

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.chip import face, lds, tlv
from desktop.chip.errors import ProtocolError
from tests.chip import pki


def test_dg1_gives_the_lines_of_each_format():
    td1 = "I<UTOD23145890<7349<<<<<<<<<<<3407127M9507122UTO<<<<<<<<<<<2STEVENSON<<PETER<JOHN<<<<<<<<<"
    assert lds.parse_dg1(pki.dg1(td1)) == (td1[:30], td1[30:60], td1[60:])
    with pytest.raises(ProtocolError, match="not 90, 72 or 88"):
        lds.parse_dg1(pki.dg1("P<UTO"))


@pytest.mark.parametrize("jp2, kind", [(False, "jpeg"), (True, "jpeg2000")])
def test_dg2_faces_are_found_and_decoded(jp2, kind):
    image, found = lds.parse_dg2(pki.dg2(pki.face_jpeg(jp2)))
    assert found == kind
    pixels = face.decode(image)
    assert pixels is not None and pixels.shape == (160, 120, 3)
    assert face.decode(b"not an image") is None and face.decode(None) is None


@pytest.mark.parametrize("jp2", [False, True])
def test_dg2_in_iso_39794_5_gives_exactly_its_image(jp2):
    picture = pki.face_jpeg(jp2)
    dg2 = pki.dg2_39794(picture)
    image, found = lds.parse_dg2(dg2)
    assert image == picture  # the octet string itself, no trailing structure
    assert found == ("jpeg2000" if jp2 else "jpeg") and lds.dg2_standard(dg2) == "ISO/IEC 39794-5"
    assert lds.dg2_standard(pki.dg2(picture)) == "ISO/IEC 19794-5"
    assert face.decode(image).shape == (160, 120, 3)


def test_ef_com_dg11_and_dg12():
    assert lds.parse_com(pki.com([1, 2, 11, 12])) == {"lds_version": "0107", "unicode_version": "040000",
                                                     "data_groups": [1, 2, 11, 12]}
    assert lds.parse_text_group(pki.dg11("БАТ<<ДОРЖ", "УЛААНБААТАР"), 0x6B, lds.DG11_TAGS) == {
        "full_name": "БАТ<<ДОРЖ", "place_of_birth": "УЛААНБААТАР"}  # UTF-8, Cyrillic kept
    dg12 = tlv.build(0x6C, tlv.build(0x5C, bytes.fromhex("5F195F26")) + tlv.build(0x5F19, b"GENERAL AUTHORITY")
                     + tlv.build(0x5F26, bytes.fromhex("20230115")))  # a date in packed BCD
    assert lds.parse_text_group(dg12, 0x6C, lds.DG12_TAGS) == {"issuing_authority": "GENERAL AUTHORITY",
                                                               "date_of_issue": "20230115"}


def test_dg14_and_dg15_say_what_the_chip_announces():

    def info(oid, *rest):
        return tlv.build(0x30, tlv.build(0x06, tlv.oid_bytes(oid)) + b"".join(rest))

    infos = tlv.build(0x31, info("0.4.0.127.0.7.2.2.3.2.1", tlv.build(0x02, b"\x01"))
                      + info("0.4.0.127.0.7.2.2.4.2.2", tlv.build(0x02, b"\x02"), tlv.build(0x02, b"\x0d"))
                      + info("2.23.136.1.1.5", tlv.build(0x02, b"\x01")))
    assert lds.describe_dg14(tlv.build(0x6E, infos)) == ["Chip Authentication", "PACE", "Active Authentication"]
    key = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert lds.describe_dg15(tlv.build(0x6F, key)) == "ECDSA secp256r1 (256 bits)"
