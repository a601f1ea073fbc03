"""The chip verdict cannot be forged (issue 20): each reproduced fault, as an attacker makes it, ends in FAIL or
a refused import; what this tool cannot decide is "not verified", never the green of a verified chip. Saved reads
(`chip verify FOLDER`) are judged here as the window judges a live read: the same passive authentication."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from asn1crypto import x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from desktop.checks.report import FAIL, PASS, WARN, check
from desktop.chip import chain, passive, saved, trust
from tests.chip import pki

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
MRZ = "".join(TD3)
IMPOSTOR = "P<UTOIMPOSTOR<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122M1204159ZE184226B<<<<<10"
NOW = pki.NOW + dt.timedelta(days=30)


def folder_of(tmp_path, files: dict[int, bytes], name="read"):
    """A saved read from FID -> content (pki.passport_files)."""
    out = tmp_path / name
    out.mkdir()
    names = {0x011E: "EF.COM", 0x011D: "EF.SOD"}
    for fid, data in files.items():
        (out / f"{names.get(fid) or f'DG{fid - 0x0100}'}.bin").write_bytes(data)
    return out


def verify(tmp_path, files, store, mrz=TD3, name="read"):
    result = saved.verify(folder_of(tmp_path, files, name), store, mrz, now=NOW)
    return result, {c.id: c for c in result.checks}


def test_a_genuine_saved_read_is_verified(tmp_path, document_signer, store):
    result, found = verify(tmp_path, pki.passport_files(MRZ, document_signer), store)
    assert result.status == PASS, [c.message for c in result.checks]
    assert found["chip.issuer_state"].status == PASS and found["chip.dg1_matches_mrz"].status == PASS


# Fault 1: a forged DS certificate naming the real CSCA, signed by another key of another algorithm -----------

@pytest.mark.parametrize("csca_type, forger_type", [("ec", "rsa"), ("rsa", "ec")])
def test_a_ds_signed_in_the_csca_name_by_another_kind_of_key_fails(tmp_path, csca_type, forger_type):
    real = pki.make_csca(key_type=csca_type)
    forger_key = rsa.generate_private_key(65537, 2048) if forger_type == "rsa" else ec.generate_private_key(
        ec.SECP256R1())
    forged_ds = pki.make_signer(real, signing_key=forger_key)  # issuer, AKI: the real CSCA's
    store = trust.Store(tmp_path / "store")
    store.add(real.asn1)
    link = chain.chain(forged_ds.asn1, store, NOW)
    assert link.status == FAIL and "no stored CSCA of that name signed it" in link.reason
    result, found = verify(tmp_path, pki.passport_files(MRZ, forged_ds), store)
    assert found["chip.csca_chain"].status == FAIL and result.status == FAIL


def test_every_same_named_csca_is_tried_before_deciding(tmp_path):
    """Key rollover: the first stored CSCA of the name is not the one; the chain still finds the right one."""
    old, new = pki.make_csca(), pki.make_csca()
    ds = pki.make_signer(new)
    store = trust.Store(tmp_path / "store")
    for c in (old, new):
        store.add(c.asn1)
    assert chain.chain(ds.asn1, store, NOW).status == PASS


# Fault 2: a genuine DS copied, data groups altered, a junk signature labelled ECDSA on an RSA key ------------

@pytest.mark.parametrize("label", ["sha256_ecdsa", "sha256_rsa", "1.2.840.10045.2.1"])
def test_a_junk_sod_signature_under_a_genuine_ds_fails(tmp_path, document_signer, store, label):
    impostor = {1: pki.dg1(IMPOSTOR), 2: pki.dg2(pki.face_jpeg())}
    sod = pki.sod(document_signer, impostor, junk_signature=bytes(range(64)), label=label)
    files = {0x0101: impostor[1], 0x0102: impostor[2], 0x011D: sod}
    mrz = (IMPOSTOR[:44], IMPOSTOR[44:])
    result, found = verify(tmp_path, files, store, mrz)
    assert found["chip.sod_signature"].status == FAIL and found["chip.csca_chain"].status == PASS
    assert found["chip.dg_hash.DG1"].status == PASS  # the forger re-made the hashes: only the signature tells
    assert result.status == FAIL


def test_only_the_trusted_side_can_make_a_check_undecidable():
    """The verdict: a warning on any decisive finding is "not verified"; a warning elsewhere (an expired
    certificate, as the chain model allows) is not."""
    passed = [check(i, "chip", PASS) for i in ("chip.sod_signature", "chip.csca_chain", "chip.issuer_state",
                                               "chip.dg_hash.DG1", "chip.dg1_matches_mrz")]
    assert passive.verdict(passed) == PASS
    assert passive.verdict(passed + [check("chip.certificate_validity", "chip", WARN)]) == PASS
    for i, c in enumerate(passed):
        undecided = passed[:i] + [c._replace(status=WARN)] + passed[i + 1:]
        assert passive.verdict(undecided) == passive.UNVERIFIED, c.id
        assert passive.verdict(passed[:i] + passed[i + 1:]) in (PASS, passive.UNVERIFIED)
    assert passive.verdict(passed[1:]) == passive.UNVERIFIED  # no signature check at all: never verified
    assert passive.verdict(passed + [check("chip.dg_hash.DG2", "chip", FAIL)]) == FAIL


# Fault 3: trust is anchored --------------------------------------------------------------------------------

def test_a_self_made_master_list_does_not_import_into_an_empty_store(tmp_path):
    fake = pki.make_csca(country="MN", cn="CSCA Mongolia")
    path = tmp_path / "mongolia.ml"
    path.write_bytes(pki.master_list(pki.make_signer(fake, cn="Master List Signer"), [fake]))
    store = trust.Store(tmp_path / "store")
    with pytest.raises(trust.Unanchored) as refused:
        store.import_file(path)
    assert store.certificates() == []
    shown = str(refused.value)
    assert trust.spaced(trust.fingerprint(fake.asn1)) in shown and "--accept" in shown
    assert [role for role, _, _ in refused.value.candidates] == ["master list signer", "CSCA"]


def test_a_master_list_signed_under_a_trusted_csca_imports_without_accept(tmp_path, csca, store):
    other = pki.make_csca(country="MN", cn="CSCA Mongolia")
    path = tmp_path / "list.ml"
    path.write_bytes(pki.master_list(pki.make_signer(csca, cn="Master List Signer Utopia"), [other]))
    assert store.import_file(path)["added"] == 1


def test_a_master_list_whose_signer_expired_before_signing_is_refused(tmp_path):
    old = pki.make_csca(start=dt.datetime(1990, 1, 1, tzinfo=dt.timezone.utc), years=10)  # expired in 2000
    signer = pki.make_signer(old, cn="Master List Signer", start=dt.datetime(1995, 1, 1, tzinfo=dt.timezone.utc),
                             days=365)
    path = tmp_path / "old.ml"
    path.write_bytes(pki.master_list(signer, [old]))
    with pytest.raises(trust.TrustError, match="not valid when the list was signed"):
        trust.Store(tmp_path / "store").import_file(path, accept=trust.fingerprint(old.asn1))


def test_a_master_list_signed_by_a_ca_is_refused(tmp_path, csca, store):
    path = tmp_path / "list.ml"
    path.write_bytes(pki.master_list(pki.make_signer(csca, cn="Master List Signer", ca=True), [csca]))
    with pytest.raises(trust.TrustError, match="cannot sign a list"):
        store.import_file(path)


def test_link_certificates_are_verified_against_the_csca_they_link_from(tmp_path, csca, store):
    link = pki.make_csca(signed_by=csca)  # the new key of CSCA Utopia, certified by the old
    path = tmp_path / "link.der"
    path.write_bytes(link.der)
    assert store.import_file(path)["added"] == 1  # no --accept needed
    stranger_link = pki.make_csca(signed_by=pki.make_csca())  # "the same name", from a key we never trusted
    path.write_bytes(stranger_link.der)
    with pytest.raises(trust.Unanchored, match="not issued by any CSCA you already trust"):
        store.import_file(path)
    # a DS under the new key chains through the imported link certificate
    assert chain.chain(pki.make_signer(link).asn1, store, NOW).status == PASS


def test_an_expired_link_certificate_imports_with_a_note(tmp_path, csca, store):
    expired = pki.make_csca(signed_by=csca, start=dt.datetime(2010, 1, 1, tzinfo=dt.timezone.utc), years=5)
    path = tmp_path / "link.der"
    path.write_bytes(expired.der)
    done = store.import_file(path)
    assert done["added"] == 1 and "expired" in done["notes"][0]


@pytest.mark.parametrize("make, reason", [
    (lambda ca: pki.make_signer(ca, ca=True), "CA certificate"),
    (lambda ca: pki.make_signer(ca, key_usage="key_cert_sign"), "key usage"),
    (lambda ca: pki.make_signer(ca, start=NOW + dt.timedelta(days=400)), "not yet valid"),
])
def test_a_ds_that_cannot_have_signed_the_document_fails(tmp_path, csca, store, make, reason):
    result, found = verify(tmp_path, pki.passport_files(MRZ, make(csca)), store)
    assert found["chip.csca_chain"].status == FAIL and reason in found["chip.csca_chain"].message
    assert result.status == FAIL


def test_a_ds_issued_after_its_csca_expired_fails(tmp_path):
    csca = pki.make_csca(start=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc), years=5)
    late = pki.make_signer(csca, start=dt.datetime(2010, 1, 1, tzinfo=dt.timezone.utc), days=36500)
    store = trust.Store(tmp_path / "store")
    store.add(csca.asn1)
    link = chain.chain(late.asn1, store, NOW)
    assert link.status == FAIL and "after its CSCA expired" in link.reason


def test_an_expired_ds_and_csca_stay_a_warning_under_the_chain_model(tmp_path):
    csca = pki.make_csca(start=dt.datetime(2010, 1, 1, tzinfo=dt.timezone.utc), years=5)
    ds = pki.make_signer(csca, start=dt.datetime(2011, 1, 1, tzinfo=dt.timezone.utc), days=365 * 4)
    store = trust.Store(tmp_path / "store")
    store.add(csca.asn1)
    sod = pki.sod(ds, {1: pki.dg1(MRZ)}, signing_time=dt.datetime(2012, 1, 1, tzinfo=dt.timezone.utc))
    result, found = verify(tmp_path, {0x0101: pki.dg1(MRZ), 0x011D: sod}, store)
    assert found["chip.csca_chain"].status == PASS and result.status == PASS
    assert [c.params["which"] for c in result.checks if c.id == "chip.certificate_validity"] == ["DS", "CSCA"]


def test_a_sod_signed_after_its_ds_expired_fails(tmp_path, csca, store):
    ds = pki.make_signer(csca, days=10)
    sod = pki.sod(ds, {1: pki.dg1(MRZ)}, signing_time=pki.NOW + dt.timedelta(days=20))
    result, found = verify(tmp_path, {0x0101: pki.dg1(MRZ), 0x011D: sod}, store)
    assert found["chip.csca_chain"].status == FAIL and "expired when the security object was signed" in \
        found["chip.csca_chain"].message


# Fault 4: CRLs after a key rollover -------------------------------------------------------------------------

def test_a_crl_signed_by_the_newer_of_two_same_named_cscas_imports_and_revokes(tmp_path):
    old, new = pki.make_csca(), pki.make_csca()
    ds = pki.make_signer(old)
    store = trust.Store(tmp_path / "store")
    for c in sorted((old, new), key=lambda a: trust.fingerprint(a.asn1)):
        store.add(c.asn1)
    for signer in (new, old):  # whichever is stored first, the CRL finds its issuer
        crl = (x509.CertificateRevocationListBuilder().issuer_name(signer.cert.subject)
               .last_update(pki.NOW).next_update(pki.NOW + dt.timedelta(days=90))
               .add_revoked_certificate(x509.RevokedCertificateBuilder().serial_number(ds.cert.serial_number)
                                        .revocation_date(pki.NOW).build())
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.key.public_key()), False)
               .sign(signer.key, hashes.SHA256()))
        path = tmp_path / "rollover.crl"
        path.write_bytes(crl.public_bytes(serialization.Encoding.DER))
        assert store.import_file(path)["revoked"] == 1
    link = chain.chain(ds.asn1, store, NOW)
    assert link.status == FAIL and "revoked" in link.reason


# Fault 5: the SignerInfo names the DS issuer with its attributes in another order ----------------------------

def test_a_signer_named_with_reordered_attributes_is_found(tmp_path, document_signer, store):
    issuer = document_signer.asn1.issuer
    reordered = ax509.Name(name="", value=ax509.RDNSequence([rdn.copy() for rdn in reversed(list(issuer.chosen))]))
    assert reordered.dump() != issuer.dump()
    groups = {1: pki.dg1(MRZ)}
    sod = pki.sod(document_signer, groups, sid_issuer=reordered)
    result, found = verify(tmp_path, {0x0101: groups[1], 0x011D: sod}, store)
    assert found["chip.sod_signature"].status == PASS and result.status == PASS


# Fault 6: issuer binding ------------------------------------------------------------------------------------

def test_a_signer_of_another_state_fails(tmp_path):
    mongolia = pki.make_csca(country="MN", cn="CSCA Mongolia")
    store = trust.Store(tmp_path / "store")
    store.add(mongolia.asn1)
    result, found = verify(tmp_path, pki.passport_files(MRZ, pki.make_signer(mongolia)), store)
    assert found["chip.csca_chain"].status == PASS  # a genuine chain …
    assert found["chip.issuer_state"].status == FAIL and "UTO" in found["chip.issuer_state"].message
    assert result.status == FAIL  # … of the wrong State


@pytest.mark.parametrize("code, country, same", [("D<<", "DE", True), ("UTO", "UT", True), ("MNG", "MN", True),
                                                 ("EUE", "EU", True), ("GBD", "GB", True), ("MNG", "CN", False),
                                                 ("CHN", "HK", True), ("MNG", "HK", False),
                                                 ("XXA", "UN", None)])
def test_issuing_state_codes_map_to_certificate_countries(code, country, same):
    from desktop.chip import issuers

    assert issuers.same_state(country, code) is same


# Saved reads as files, and the CLI ---------------------------------------------------------------------------

def test_saved_read_names_are_recognised_in_every_spelling():
    assert [saved.canonical(n) for n in ("EF.SOD", "ef_sod.bin", "EF_COM.bin", "DG1", "dg14.bin", "Datagroup2.bin",
                                         "EF.CardAccess.bin", "DG17", "photo.jpg")] == \
        ["EF.SOD", "EF.SOD", "EF.COM", "DG1", "DG14", "DG2", "EF.CardAccess", None, None]


def test_a_folder_holding_only_the_sod_reports_signature_and_chain(tmp_path, document_signer, store):
    sod = pki.passport_files(MRZ, document_signer)[0x011D]
    result, found = verify(tmp_path, {0x011D: sod}, store, mrz=None)
    assert found["chip.sod_signature"].status == PASS and found["chip.csca_chain"].status == PASS
    assert found["chip.data_groups"].status == "skip" and result.status == PASS


@pytest.mark.parametrize("content", [b"", b"\x77\x03\x30\x01", bytes(300), b"\x77\x84\xff\xff\xff\xff"])
def test_a_damaged_sod_in_a_folder_fails_with_a_message(tmp_path, store, content):
    result, found = verify(tmp_path, {0x011D: content, 0x0101: pki.dg1(MRZ)}, store)
    assert result.status == FAIL and found["chip.sod_signature"].message


def test_chip_verify_on_the_command_line(tmp_path, csca, document_signer):
    import json
    import subprocess
    import sys

    read = folder_of(tmp_path, pki.passport_files(MRZ, document_signer))
    (read / "csca.der").write_bytes(csca.der)  # a trainer's pack carries its CSCA
    store = tmp_path / "new-store"

    def docexam(*args):
        return subprocess.run([sys.executable, "-m", "desktop", "chip", "verify", str(read), "--store", str(store),
                               *args], capture_output=True, text=True, timeout=120)

    unanchored = docexam("--json")
    out = json.loads(unanchored.stdout)
    assert unanchored.returncode == 2 and out["status"] == "unverified" and not out["verified"]
    assert {c["id"]: c["status"] for c in out["checks"]}["chip.csca_chain"] == "warn"
    assert "new root of trust" in out["notes"][0]
    done = docexam("--json", "--accept", trust.spaced(trust.fingerprint(csca.asn1)), "--mrz", "\\n".join(TD3))
    out = json.loads(done.stdout)
    assert done.returncode == 0 and out["status"] == "pass" and out["verified"]
    assert {c["id"] for c in out["checks"]} >= {"chip.sod_signature", "chip.csca_chain", "chip.issuer_state",
                                                 "chip.dg_hash.DG1", "chip.dg1_matches_mrz"}
    assert [c["role"] for c in out["certificates"]] == ["DS", "CSCA"] and len(out["certificates"][0]["sha256"]) == 64
    other = docexam("--mrz", TD3[0] + "\\n" + TD3[1].replace("L898902C3", "X123456C3"))
    assert other.returncode == 1 and other.stdout.startswith("FAIL") and "chip.dg1_matches_mrz" in other.stdout
    missing = subprocess.run([sys.executable, "-m", "desktop", "chip", "verify", str(tmp_path / "nothing")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "not a folder" in missing.stderr


# BSI TR-03105-5's reference chip (tests/data/chip-bsi, MIT): a security object made by another party ----------

BSI = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "chip-bsi"


def test_the_bsi_reference_chip_verifies_its_hashes_and_is_not_verified_without_its_csca(tmp_path):
    read = tmp_path / "bsi"
    read.mkdir()
    for name in ("EF_COM", "EF_SOD", "Datagroup1", "Datagroup2", "Datagroup3", "Datagroup4", "Datagroup14"):
        (read / f"{name}.bin").write_bytes((BSI / f"{name}.bin").read_bytes())
    result = saved.verify(read, trust.Store(tmp_path / "store"))
    found = {c.id: c.status for c in result.checks}
    assert found["chip.sod_signature"] == PASS and found["chip.issuer_state"] == PASS  # HJP PB DS, C=DE, MRZ 'D'
    assert [found[f"chip.dg_hash.DG{n}"] for n in (1, 2, 3, 4, 14)] == [PASS] * 5
    assert found["chip.csca_chain"] == WARN and result.status == passive.UNVERIFIED  # its CSCA is not published
    # DG15 is on the chip but not in this SOD: unsigned data is never taken as genuine
    (read / "Datagroup15.bin").write_bytes((BSI / "Datagroup15.bin").read_bytes())
    result = saved.verify(read, trust.Store(tmp_path / "store"))
    assert {c.id: c.status for c in result.checks}["chip.dg_hash.DG15"] == FAIL and result.status == FAIL


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.sampled_from(["EF.SOD", "DG1", "DG2"]), position=st.integers(0, 10**6), bit=st.integers(0, 7),
       how=st.sampled_from(["flip", "truncate", "extend"]))
def test_a_saved_read_changed_anywhere_never_verifies_and_never_raises(tmp_path_factory, document_signer, csca,
                                                                       which, position, bit, how):
    """Hostile files: whatever byte of a genuine saved read changes, the result is a verdict (never an exception);
    a data group changed anywhere never verifies (every byte is hashed; the SOD may hold unsigned bytes, such as
    its digestAlgorithms set, whose change alters nothing signed)."""
    store = trust.Store(tmp_path_factory.mktemp("store"))
    store.add(csca.asn1)
    files = pki.passport_files(MRZ, document_signer)
    fid = {"EF.SOD": 0x011D, "DG1": 0x0101, "DG2": 0x0102}[which]
    files[fid] = pki.mutated(files[fid], how, position, bit)
    read = folder_of(tmp_path_factory.mktemp("read"), files)
    result = saved.verify(read, store, TD3, now=NOW)
    assert result.status in (PASS, FAIL, passive.UNVERIFIED, passive.ERROR)
    if which != "EF.SOD":
        assert result.status == FAIL, [c.message for c in result.checks]
