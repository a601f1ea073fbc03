"""Every specimen of ../shared/icao9303.md §6 gets the verdict a careful examiner gives it."""

import datetime as dt

import pytest

from desktop.checks import checkdigit

from tests.checks.util import examine, failed, finding, status, warned

SPECIMEN_WARNINGS = {"issuing_state.code", "nationality.code"}  # UTO is the specimen State


@pytest.mark.parametrize("name, lines, today", [
    ("1 TD3", ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], dt.date(2010, 1, 1)),
    ("2 TD1", ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
               "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"], dt.date(2010, 1, 1)),
    ("3 TD2", ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"],
     dt.date(2010, 1, 1)),
    ("4 MRV-A", ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                 "L898902C<3UTO6908061F9406236ZE184226B<<<<<<<"], dt.date(1993, 1, 1)),
    ("5 MRV-B", ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L898902C<3UTO6908061F9406236ZE184226"],
     dt.date(1993, 1, 1)),
    ("6 MRV-A legacy", ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"], dt.date(1995, 1, 1)),
    ("7 MRV-B legacy", ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"],
     dt.date(1995, 1, 1)),
    ("9 TD1 long number", ["I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2",
                           "STEVENSON<<PETER<JOHN<<<<<<<<<"], dt.date(1994, 1, 1)),
    ("10 TD2-size ETD", ["PUUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F2606277<<<<<<<8"],
     dt.date(2025, 1, 1)),
    ("12 TD1 variant", ["I<UTOD231458907ABC<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<1",
                        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"], dt.date(2010, 1, 1)),
])
def test_icao_specimens_pass(name, lines, today):
    report = examine(lines, today)
    assert report.status == "pass", [c.message for c in report.checks if c.status == "fail"]
    assert warned(report) <= SPECIMEN_WARNINGS | {"names.truncation"}


def test_specimen_fields_are_decoded():
    report = examine(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                      "L898902C36UTO7408122F1204159ZE184226B<<<<<10"])
    assert report.format == "TD3"
    assert report.fields == {
        "document_code": "P", "issuing_state": "UTO", "document_number": "L898902C3",
        "birth_date": "1974-08-12", "sex": "F", "expiry_date": "2012-04-15", "nationality": "UTO",
        "surname": "ERIKSSON", "given_names": "ANNA MARIA", "optional_data": "ZE184226B",
        "optional_data_2": None}


def test_long_number_specimen_gives_the_whole_number():
    report = examine(["I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2",
                      "STEVENSON<<PETER<JOHN<<<<<<<<<"], dt.date(1994, 1, 1))
    assert report.fields["document_number"] == "D23145890734"
    assert finding(report, "check_digit.document_number").span == (0, 18, 19)


def test_legacy_td3_line_and_composite_vectors():
    # §6 #8 (older ICAO line 2) and #11 (Part 3 App. A examples 3-5, 'YTO' as transcribed).
    assert checkdigit.compute("L898902C<3" + "6908061" + "9406236ZE184226B<<<<<1") == 4
    td3 = examine(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                   "HA672242<6YTO5802254M9601086<<<<<<<<<<<<<<08"], dt.date(1990, 1, 1))
    assert {c.id for c in td3.checks if c.id.startswith("check_digit") and c.status != "pass"} == set()
    td2 = examine(["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "HA672242<6YTO5802254M9601086<<<<<<<8"],
                  dt.date(1990, 1, 1))
    assert status(td2, "check_digit.composite") == "pass"
    assert "nationality.code" in failed(td2)  # YTO is no code: the transcription's damage shows


def test_deliberate_error_fails_on_the_right_digits():
    report = examine(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                      "L898902C36UTO7408122F1204159ZE184226B<<<<<20"])
    assert report.status == "fail"
    assert failed(report) == {"check_digit.optional_data", "check_digit.composite"}
    digit = finding(report, "check_digit.optional_data")
    assert (digit.actual, digit.expected, digit.span, digit.field) == ("2", "1", (1, 42, 43), "optional_data")


@pytest.mark.parametrize("line2", [
    "AA00000000POL6002084F1412314<<<<<<<<<<<<<<<4", "99003853<1CZE1101018M1207046110101111<<<<<94",
    "W807543<<7TUN5301012M170115302640846<1601<68", "K2578285<7IND5601240F2202288<<<<<<<<<<<<<<<4",
    "DD51243520PAK8501019F27032135440067474356<98", "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0",
])
def test_library_td3_vectors_pass_every_check_digit(line2):
    state = line2[10:13]
    report = examine([f"P<{state}SPECIMEN<<TEST".ljust(44, "<"), line2], dt.date(2011, 1, 1))
    assert {c.id for c in report.checks if c.id.startswith("check_digit.")} == {
        "check_digit.document_number", "check_digit.birth_date", "check_digit.expiry_date",
        "check_digit.optional_data", "check_digit.composite"}
    assert not {c.id for c in report.checks if c.id.startswith("check_digit.") and c.status != "pass"}


@pytest.mark.parametrize("line1", ["I<SWE59000002<8198703142391<<<", "I<LVAPA99929216121282<88882<<<",
                                   "IDESPBAA000589599999999R<<<<<<", "I<FINXA10000585010195<112X<<<<"])
def test_library_td1_vectors_pass_the_number_digit(line1):
    report = examine([line1, "7408122F1204159UTO<<<<<<<<<<<0", "SPECIMEN<<TEST<<<<<<<<<<<<<<<<"])
    assert status(report, "check_digit.document_number") == "pass"


def test_us_visa_vector_passes():
    report = examine(["VIUSATRAVELER<<HAPPYPERSON".ljust(44, "<"),
                      "555123ABC6GBR6502056F04122361FLNDDDAM5803085"], dt.date(2003, 1, 1))
    assert report.format == "MRVA" and report.status == "pass", failed(report)


def test_interpol_specimen_fails_expiry_composite_and_code():
    report = examine(["P<INPSPECIMEN<<SPECIMEN".ljust(44, "<"),
                      "XX000000<0FRA1901012F16073021234567890<<<<70"], dt.date(2015, 1, 1))
    assert {"check_digit.expiry_date", "check_digit.composite", "issuing_state.code"} <= failed(report)


@pytest.mark.parametrize("prefix, variant", [
    ("IDBEL000590240<6013", "belgian"),   # PRADO BEL-BO-03003: valid only with '<' included
    ("IDBEL600001795<0152", "icao"),      # BEL-BO-11005
    ("IDBEL000590696<1015", "icao"),      # 2020-series specimen
    ("IDBEL615057409<9390", "icao"),      # datachecker
])
def test_belgian_long_numbers_report_the_variant(prefix, variant):
    from tests.checks.util import put
    line1 = prefix + "<" * (30 - len(prefix))
    lines = [line1, "7408122F1204159BEL<<<<<<<<<<<0", "SPECIMEN<<TEST<<<<<<<<<<<<<<<<"]
    composite = checkdigit.compute(lines[0][5:30] + lines[1][0:7] + lines[1][8:15] + lines[1][18:29])
    report = examine(put(lines, 1, 29, str(composite)))
    assert report.status == "pass", failed(report)
    if variant == "belgian":
        assert status(report, "deviation.belgian_long_number") == "warn"
    else:
        assert status(report, "check_digit.document_number") == "pass"


def test_french_legacy_cards():
    for lines in (["IDFRATEST<NAME<<<<<<<<<<<<<<<<0CHE02", "1710GVA123451ROBERTA<<<<<<<9112311F2"],
                  ["IDFRABERTHIER".ljust(36, "<"), "9409923102854CORINNE<<<<<<<6512068F4"]):
        report = examine(lines)
        assert report.format == "IDFRA" and report.status == "pass", failed(report)
    assert report.fields["surname"] == "BERTHIER" and report.fields["given_names"] == "CORINNE"
