"""The chip read through a real PC/SC stack (pcscd + vpcd) from an emulated chip this repository did not write
(virtualsmartcard's ePass), with files signed by a test PKI: every failure class gets its own finding."""


from desktop.chip import examine, pcsc, trust
from desktop.chip.examine import ERROR
from tests.chip import pki
from tests.chip.fixtures import TD3

MRZ = "".join(TD3)


def read(mrz=TD3, store=None, printed=None, **kw):
    reader = pcsc.Reader()
    try:
        return examine.read_chip(reader, mrz, store, printed=printed, reader=reader.name, **kw)
    finally:
        reader.close()


def by_id(result):
    return {c.id: c for c in result.checks}


def test_a_genuine_chip_passes_every_step(emulated_chip, document_signer, store):
    with emulated_chip(pki.passport_files(MRZ, document_signer)):
        result = read(store=store)
    found = by_id(result)
    assert result.status == "pass", [c.message for c in result.checks]
    clone_detection = ("chip.chip_authentication", "chip.active_authentication")
    assert all(c.status == "pass" for c in result.checks if c.id not in clone_detection)
    # a chip without DG14 / DG15 cannot prove it is not a copy, and says so (as a skip: BAC-only chips are common)
    assert [found[i].status for i in clone_detection] == ["skip", "skip"]
    for ident in ("chip.access", "chip.sod_signature", "chip.csca_chain", "chip.dg_hash.DG1", "chip.dg_hash.DG2",
                  "chip.dg_hash.DG11", "chip.dg1_matches_mrz"):
        assert ident in found
    assert result.protocol == "BAC" and result.dg1 == TD3 and result.read == [1, 2, 11]
    assert result.face_format == "jpeg" and result.face.startswith(b"\xff\xd8")
    assert result.dg11 == {"full_name": "ERIKSSON<<ANNA MARIA", "place_of_birth": "ZENITH"}
    assert [c["role"] for c in result.certificates] == ["DS", "CSCA"]
    assert "CSCA Utopia" in found["chip.csca_chain"].message


def test_a_chip_whose_mrz_differs_from_the_printed_one_fails(emulated_chip, document_signer, store):
    # a substituted data page: the same number and dates (the chip opens) but another surname
    chip_mrz = MRZ.replace("ERIKSSON<<ANNA", "ERIKSEN<<ANNA<")
    with emulated_chip(pki.passport_files(chip_mrz, document_signer)):
        result = read(store=store)
    check = by_id(result)["chip.dg1_matches_mrz"]
    assert result.status == "fail" and check.status == "fail"
    assert "line 1 col 11" in check.message and check.params["count"] == 7  # SSON<<ANNA<M vs SEN<<ANNA<<M
    assert by_id(result)["chip.dg_hash.DG1"].status == "pass"  # the chip itself is consistent: the page is not


def test_a_difference_only_where_the_reading_was_uncertain_is_a_warning(emulated_chip, document_signer, store):
    printed = (TD3[0], TD3[1][:5] + "Z" + TD3[1][6:])  # the reader misread one character and said so
    with emulated_chip(pki.passport_files(MRZ, document_signer)):
        result = read(mrz=TD3, store=store, printed=printed, uncertain={(1, 5)})
    assert by_id(result)["chip.dg1_matches_mrz"].status == "warn" and result.status == "unverified"


def test_a_sod_signed_by_an_unknown_csca_warns_and_does_not_fail(emulated_chip, store):
    stranger = pki.make_signer(pki.make_csca(country="UT", cn="CSCA Elsewhere"))
    with emulated_chip(pki.passport_files(MRZ, stranger)):
        result = read(store=store)
    found = by_id(result)
    assert found["chip.csca_chain"].status == "warn" and "no CSCA of" in found["chip.csca_chain"].message
    assert found["chip.sod_signature"].status == "pass" and result.status == "unverified"  # never green


def test_a_modified_face_fails_its_hash(emulated_chip, document_signer, store):
    with emulated_chip(pki.passport_files(MRZ, document_signer, tamper_dg2=True)):
        result = read(store=store)
    found = by_id(result)
    assert found["chip.dg_hash.DG2"].status == "fail" and "altered" in found["chip.dg_hash.DG2"].message
    assert found["chip.dg_hash.DG1"].status == "pass" and result.status == "fail"


def test_a_dg1_that_is_not_the_signed_one_fails(emulated_chip, document_signer, store):
    signed = MRZ.replace("ANNA<MARIA", "ANNA<MARIE")
    with emulated_chip(pki.passport_files(MRZ, document_signer, sod_mrz=signed)):
        result = read(store=store)
    assert by_id(result)["chip.dg_hash.DG1"].status == "fail"


def test_a_wrong_mrz_key_fails_access_with_a_clear_message(emulated_chip, document_signer, store):
    wrong = (TD3[0], TD3[1].replace("7408122", "7408139"))  # another birth date (with its check digit)
    with emulated_chip(pki.passport_files(MRZ, document_signer)):
        result = read(mrz=wrong, store=store)
    access = by_id(result)["chip.access"]
    assert result.status == "fail" and access.status == "fail"
    assert "MRZ" in access.message and "check digits" in access.message


def test_a_card_removed_mid_read_is_an_error_not_a_crash(emulated_chip, document_signer, store):
    with emulated_chip(pki.passport_files(MRZ, document_signer)) as card:
        reader = pcsc.Reader()

        class Pulled:
            count = 0

            def transmit(self, apdu):
                Pulled.count += 1
                if Pulled.count == 12:  # after access, during the data groups
                    card.remove()
                return reader.transmit(apdu)

        result = examine.read_chip(Pulled(), TD3, store)
        reader.close()
    assert result.status == ERROR
    assert "removed" in by_id(result)["chip.read"].message
    assert by_id(result)["chip.access"].status == "pass"  # what was done before stays reported


def test_the_cli_reads_the_chip_and_imports_a_master_list(emulated_chip, csca, document_signer, tmp_path):
    import json
    import subprocess
    import sys

    signer = pki.make_signer(csca, cn="Master List Signer Utopia")
    ml = tmp_path / "utopia.ml"
    ml.write_bytes(pki.master_list(signer, [csca]))
    store = tmp_path / "csca"

    def docexam(*args):
        return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120)

    refused = docexam("masterlist", "import", str(ml), "--store", str(store))  # nothing anchors it yet
    assert refused.returncode == 2 and "--accept" in refused.stderr and trust.spaced(csca_fp := trust.fingerprint(
        csca.asn1)) in refused.stderr
    done = docexam("masterlist", "import", str(ml), "--store", str(store), "--accept", trust.spaced(csca_fp))
    assert done.returncode == 0 and "1 CSCA certificate(s), 1 new, from UT" in done.stdout
    assert docexam("masterlist", "import", str(tmp_path / "missing.ml"), "--store", str(store)).returncode == 2
    with emulated_chip(pki.passport_files(MRZ, document_signer)):
        done = docexam("chip", "--mrz", "\\n".join(TD3), "--json", "--store", str(store))
        text = docexam("chip", "--mrz", "\\n".join(TD3), "--store", str(store))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["status"] == "pass" and out["protocol"] == "BAC" and out["mrz"] == list(TD3)
    assert out["data_groups"]["DG1"]["mrz"] == list(TD3) and out["data_groups"]["DG2"]["face"] == "jpeg"
    assert {c["id"] for c in out["checks"]} >= {"chip.access", "chip.sod_signature", "chip.csca_chain",
                                                 "chip.dg_hash.DG2", "chip.dg1_matches_mrz"}
    assert [c["role"] for c in out["certificates"]] == ["DS", "CSCA"]
    assert text.returncode == 0 and text.stdout.startswith("VERIFIED") and "(chip.csca_chain)" in text.stdout
    gone = docexam("chip", "--mrz", "\\n".join(TD3), "--store", str(store))  # the card is off the reader now
    assert gone.returncode == 2 and "no card" in gone.stdout
