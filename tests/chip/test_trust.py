"""Trust anchors: master lists are verified before they are stored, CRLs revoke, and the DS -> CSCA chain is
judged pass / warn (unknown CSCA) / fail (forged or revoked)."""

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from desktop.chip import chain, trust
from tests.chip import pki


def test_a_master_list_is_verified_and_its_cscas_stored(tmp_path, csca, document_signer):
    other = pki.make_csca(country="MN", cn="CSCA Mongolia")
    signer = pki.make_signer(csca, cn="Master List Signer Utopia")
    path = tmp_path / "icao.ml"
    path.write_bytes(pki.master_list(signer, [csca, other]))
    store = trust.Store(tmp_path / "store")
    done = store.import_file(path, accept=trust.spaced(trust.fingerprint(csca.asn1)))  # the unit vouches for it
    assert done == {"kind": "master_list", "signer": "Common Name: Master List Signer Utopia, Organization: Test "
                    "PKI UT, Country: UT", "certificates": 2, "added": 2, "countries": ["MN", "UT"], "notes": [],
                    "skipped": 0}
    assert store.import_file(path)["added"] == 0  # importing again adds nothing, and needs no --accept now
    assert chain.chain(document_signer.asn1, store).status == "pass"


def test_a_master_list_with_a_broken_signature_is_refused(tmp_path, csca):
    data = bytearray(pki.master_list(pki.make_signer(csca), [csca]))
    data[-10] ^= 0xFF  # inside the signature
    path = tmp_path / "bad.ml"
    path.write_bytes(bytes(data))
    store = trust.Store(tmp_path / "store")
    with pytest.raises(trust.TrustError, match="does not verify|cannot be parsed"):
        store.import_file(path)
    assert store.certificates() == []


def test_a_master_list_whose_signer_no_listed_csca_issued_is_refused(tmp_path, csca):
    outsider = pki.make_signer(pki.make_csca(country="XX", cn="Somebody"))
    path = tmp_path / "forged.ml"
    path.write_bytes(pki.master_list(outsider, [csca]))
    store = trust.Store(tmp_path / "store")
    with pytest.raises(trust.Unanchored, match="chains to no CSCA you already trust"):
        store.import_file(path, accept=trust.fingerprint(csca.asn1))  # the listed CSCA did not issue the signer
    assert store.certificates() == []


def test_single_certificates_pem_or_der_and_only_ca_ones(tmp_path, csca, document_signer):
    store = trust.Store(tmp_path / "store")
    pem = tmp_path / "csca.pem"
    pem.write_bytes(csca.cert.public_bytes(serialization.Encoding.PEM))
    with pytest.raises(trust.Unanchored, match="self-signed CSCA, a new root of trust"):
        store.import_file(pem)
    assert store.import_file(pem, accept=trust.fingerprint(csca.asn1).upper())["added"] == 1
    ds = tmp_path / "ds.der"
    ds.write_bytes(document_signer.der)
    with pytest.raises(trust.TrustError, match="not a CSCA certificate"):
        store.import_file(ds, accept=trust.fingerprint(document_signer.asn1))


@pytest.mark.parametrize("content", [b"", b"hello", b"\x30\x03\x02\x01", bytes(5000)])
def test_files_that_are_nothing_give_a_message(tmp_path, content):
    path = tmp_path / "x.ml"
    path.write_bytes(content)
    with pytest.raises(trust.TrustError):
        trust.Store(tmp_path / "store").import_file(path)


def test_a_revoked_document_signer_fails_and_an_unknown_csca_warns(tmp_path, csca, document_signer):
    store = trust.Store(tmp_path / "store")
    assert chain.chain(document_signer.asn1, store).status == "warn"
    store.add(csca.asn1)
    crl = (x509.CertificateRevocationListBuilder().issuer_name(csca.cert.subject)
           .last_update(pki.NOW).next_update(pki.NOW + dt.timedelta(days=90))
           .add_revoked_certificate(x509.RevokedCertificateBuilder().serial_number(document_signer.cert.serial_number)
                                    .revocation_date(pki.NOW).build())
           .sign(csca.key, hashes.SHA256()))
    path = tmp_path / "utopia.crl"
    path.write_bytes(crl.public_bytes(serialization.Encoding.DER))
    assert store.import_file(path) == {"kind": "crl", "issuer": csca.asn1.subject.human_friendly, "revoked": 1}
    link = chain.chain(document_signer.asn1, store)
    assert link.status == "fail" and "revoked" in link.reason


def test_a_ds_of_the_right_name_but_signed_by_another_key_fails(tmp_path, csca):
    impostor_ca = pki.make_csca(cn="CSCA Utopia")  # same name, another key
    forged = pki.make_signer(impostor_ca)
    store = trust.Store(tmp_path / "store")
    store.add(csca.asn1)
    link = chain.chain(forged.asn1, store)
    assert link.status == "fail" and "no stored CSCA of that name signed it" in link.reason


def test_expired_certificates_are_reported(tmp_path, csca, document_signer):
    store = trust.Store(tmp_path / "store")
    store.add(csca.asn1)
    later = pki.NOW + dt.timedelta(days=365 * 12)
    link = chain.chain(document_signer.asn1, store, now=later)
    assert link.status == "pass" and link.expired == ["DS"]


@pytest.mark.parametrize("curve_name, curve", [("secp256r1", "SECP256R1"), ("Brainpool-p256r1", "BrainpoolP256R1")])
def test_keys_with_explicit_curve_parameters_are_mapped_to_their_named_curve(curve_name, curve):
    """Real CSCAs often spell their curve out; `cryptography` refuses such keys, we recognise the curve."""
    from asn1crypto import core, keys as asn1keys
    from cryptography.hazmat.primitives.asymmetric import ec
    from ecpy.curves import Curve

    from desktop.chip import signatures

    key = ec.generate_private_key(getattr(ec, curve)())
    point = key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    c = Curve.get_curve(curve_name)
    size = (c.size + 7) // 8
    domain = asn1keys.SpecifiedECDomain({
        "version": "ecdpVer1",
        "field_id": {"field_type": "prime_field", "parameters": core.Integer(c.field)},
        "curve": {"a": c.a.to_bytes(size, "big"), "b": c.b.to_bytes(size, "big")},
        "base": b"\x04" + c.generator.x.to_bytes(size, "big") + c.generator.y.to_bytes(size, "big"),
        "order": c.order, "cofactor": 1})
    info = asn1keys.PublicKeyInfo({"algorithm": {"algorithm": "ec", "parameters": asn1keys.ECDomainParameters(
        {"specified": domain})}, "public_key": point})
    # cryptography 50 maps explicit NIST P-256/384/521 itself and refuses every other explicit curve (Brainpool)
    loaded = signatures.public_key(asn1keys.PublicKeyInfo.load(info.dump()))
    assert loaded.curve.name == getattr(ec, curve).name and loaded.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint) == point
    from asn1crypto import algos

    signature = key.sign(b"signed data", ec.ECDSA(hashes.SHA256()))
    signatures.verify(info, algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}), None, signature, b"signed data")
    with pytest.raises(signatures.BadSignature):
        signatures.verify(info, algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}), None, signature, b"other")
