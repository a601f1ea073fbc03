"""One test per rule, positive and negative: the finding an officer would see, at the right place."""

import datetime as dt

import pytest

from tests.checks.util import examine, failed, finding, put, status, utopia, warned


def test_valid_documents_of_every_format_pass():
    for fmt in ("TD1", "TD2", "TD3", "MRVA", "MRVB"):
        report = examine(utopia(fmt))
        assert report.status == "pass" and report.format == fmt, (fmt, failed(report))


# Layout --------------------------------------------------------------------------------------------


def test_lowercase_fails_the_character_set_at_its_position():
    lines = utopia()
    report = examine([lines[0].replace("ERIKSSON", "Eriksson"), lines[1]])
    c = finding(report, "layout.charset")
    assert report.status == "fail" and c.span == (0, 6, 13) and c.actual == "riksson"


def test_a_digit_as_the_document_codes_second_character_is_a_known_deviation_and_the_rest_is_judged():
    card = ["C1USASRC012345<64<<<<<<<<<<<<<", "7408122F2904157USA<<<<<<<<<<<2", "DOE<<JANE<<<<<<<<<<<<<<<<<<<<<"]
    report = examine(card, dt.date(2026, 1, 1))
    assert report.status == "pass" and warned(report) == {"deviation.document_code_digit"}
    assert finding(report, "deviation.document_code_digit").span == (0, 1, 2)
    tampered = examine([card[0], card[1][:29] + "3", card[2]], dt.date(2026, 1, 1))
    assert tampered.status == "fail" and "check_digit.composite" in failed(tampered)


def test_a_digit_as_the_document_codes_first_character_fails():
    report = examine(["1" + utopia("TD1")[0][1:]] + utopia("TD1")[1:])
    assert report.status == "fail" and "document_code.charset" in failed(report)


def test_stray_punctuation_and_spaces_fail():
    lines = utopia()
    report = examine([lines[0], lines[1][:20] + " " + lines[1][21:]])
    assert "layout.charset" in failed(report)


def test_wrong_line_length_names_the_line_and_expected_length():
    lines = utopia()
    report = examine([lines[0], lines[1][:-1]])
    c = finding(report, "layout.shape")
    assert report.status == "fail" and report.format == "TD3"
    assert "Line 2 has 43 characters; a TD3 line has 44" in c.message


def test_wrong_line_count_fails():
    report = examine([utopia()[0]])
    assert report.status == "fail" and "layout.shape" in failed(report) and report.format is None


def test_a_letter_in_a_date_fails_the_field_charset():
    report = examine(put(utopia(), 1, 15, "O"))  # 74O812: O for 0
    c = finding(report, "birth_date.charset")
    assert c.status == "fail" and c.span == (1, 15, 16)


def test_a_digit_in_the_state_code_fails():
    report = examine(put(utopia(), 0, 2, "U7O"))
    assert {"issuing_state.charset", "issuing_state.code"} <= failed(report)


@pytest.mark.parametrize("number, key", [("L89<902C3", "field.filler.fail"), ("<L898902C", "field.filler.leading"),
                                         ("<<<<<<<<<", "field.filler.empty")])
def test_document_number_is_filled_from_the_left(number, key):
    report = examine(utopia(document_number=number))
    c = finding(report, "document_number.filler")
    assert c.status == "fail" and c.key == key


# Document code -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, code, ok", [("TD3", "I", False), ("TD3", "P", True), ("TD1", "P", False),
                                           ("TD1", "C", True), ("TD1", "A", True), ("TD2", "X", False),
                                           ("MRVA", "V", True)])
def test_document_code_first_letter_by_format(fmt, code, ok):
    lines = utopia(fmt)
    report = examine(put(lines, 0, 0, code))
    assert status(report, "document_code.type") == ("pass" if ok else "fail")


def test_td2_size_emergency_document_must_be_pu():
    assert status(examine(utopia("TD2", document_code="PU")), "document_code.type") == "pass"
    assert status(examine(utopia("TD2", document_code="PX")), "document_code.type") == "fail"


@pytest.mark.parametrize("code, expiry, expected", [
    ("PP", "300101", "pass"),   # harmonised: national passport
    ("PD", "300101", "pass"),   # diplomatic
    ("P", "300101", "pass"),    # no second letter, expires before 2038
    ("P", "380101", "fail"),    # no harmonised letter yet valid into 2038 (Part 4 §4.4)
    ("PN", "300101", "warn"),   # a national letter: legacy, allowed before 2026
    ("PN", "400101", "fail"),
])
def test_td3_second_letter_judged_against_part4_section_4_4(code, expiry, expected):
    report = examine(utopia(document_code=code, expiry_date=expiry), dt.date(2026, 6, 1))
    assert status(report, "document_code.second") == expected


@pytest.mark.parametrize("fmt, code, expected", [("TD1", "IV", "fail"), ("TD1", "AI", "fail"),
                                                 ("TD1", "AC", "pass"), ("TD2", "AC", "fail"),
                                                 ("TD2", "IV", "fail")])
def test_card_second_letter_restrictions(fmt, code, expected):
    assert status(examine(utopia(fmt, document_code=code)), "document_code.second") == expected


def test_known_issuer_code_deviation_warns():
    report = examine(utopia("TD1", document_code="RP", issuing_state="EST"))
    assert report.status == "pass" and status(report, "deviation.document_code") == "warn"
    assert status(examine(utopia("TD1", document_code="RP", issuing_state="LVA")), "document_code.type") == "fail"


# Issuing State and nationality ---------------------------------------------------------------------


@pytest.mark.parametrize("code, expected", [
    ("MNG", "pass"), ("D", "pass"), ("XXA", "pass"), ("EUE", "pass"), ("UNO", "pass"), ("RKS", "pass"),
    ("UTO", "warn"), ("DEU", "warn"), ("ANT", "warn"), ("XXK", "warn"),
    ("IAO", "fail"), ("YUG", "fail"), ("ZIM", "fail"), ("WSA", "fail"), ("INP", "fail"), ("GB", "fail"),
])
def test_state_codes_against_part3_section5(code, expected):
    report = examine(utopia(issuing_state=code, nationality=code))
    assert status(report, "issuing_state.code") == expected
    assert status(report, "nationality.code") == expected


def test_germany_is_d_padded_and_named():
    report = examine(utopia(issuing_state="D"))
    c = finding(report, "issuing_state.code")
    assert report.mrz[0][2:5] == "D<<" and c.status == "pass" and "Germany" in c.message


# Check digits --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, line, col, field", [
    ("TD3", 1, 9, "document_number"), ("TD3", 1, 19, "birth_date"), ("TD3", 1, 27, "expiry_date"),
    ("TD3", 1, 42, "optional_data"), ("TD3", 1, 43, "composite"),
    ("TD1", 0, 14, "document_number"), ("TD1", 1, 6, "birth_date"), ("TD1", 1, 14, "expiry_date"),
    ("TD1", 1, 29, "composite"),
    ("TD2", 1, 9, "document_number"), ("TD2", 1, 35, "composite"),
    ("MRVA", 1, 27, "expiry_date"), ("MRVB", 1, 19, "birth_date"),
])
def test_a_wrong_check_digit_fails_naming_its_field(fmt, line, col, field):
    lines = utopia(fmt)
    printed = lines[line][col]
    wrong = str((int(printed) + 1) % 10)
    report = examine(put(lines, line, col, wrong))
    c = finding(report, f"check_digit.{field}")
    assert report.status == "fail" and c.status == "fail" and c.field == field
    assert (c.actual, c.expected, c.span) == (wrong, printed, (line, col, col + 1))


def test_visas_have_no_composite_or_optional_digit():
    ids = {c.id for c in examine(utopia("MRVA")).checks}
    assert "check_digit.composite" not in ids and "check_digit.optional_data" not in ids


@pytest.mark.parametrize("digit, expected", [("<", "pass"), ("0", "pass"), ("1", "fail")])
def test_td3_optional_digit_may_be_filler_or_zero_when_empty(digit, expected):
    lines = utopia(optional_data="")
    lines = put(lines, 1, 42, digit)
    from desktop.checks import checkdigit
    lines = put(lines, 1, 43, str(checkdigit.compute(lines[1][0:10] + lines[1][13:20] + lines[1][21:43])))
    assert status(examine(lines), "check_digit.optional_data") == expected


def test_td3_optional_digit_filler_with_data_fails():
    report = examine(put(utopia(), 1, 42, "<"))
    assert finding(report, "check_digit.optional_data").key == "check_digit.not_digit"


def test_td3_has_no_long_number_mechanism():
    report = examine(put(utopia(), 1, 9, "<"))
    assert finding(report, "check_digit.document_number").status == "fail"


@pytest.mark.parametrize("fmt", ["TD1", "TD2"])
def test_long_numbers_overflow_into_the_optional_data(fmt):
    report = examine(utopia(fmt, document_number="D23145890734"))
    assert report.status == "pass", failed(report)
    assert report.fields["document_number"] == "D23145890734"
    assert status(report, "document_number.long") == "pass"


def test_long_number_announced_without_overflow_fails():
    lines = put(utopia("TD1"), 0, 14, "<")
    assert finding(examine(lines), "check_digit.document_number").key == "check_digit.long_missing"


def test_long_number_with_wrong_digit_fails():
    lines = utopia("TD1", document_number="D23145890734")
    report = examine(put(lines, 0, 18, "0"))
    assert finding(report, "check_digit.document_number").status == "fail"


def test_check_digit_finding_covers_the_protected_data():
    c = finding(examine(utopia()), "check_digit.composite")
    assert c.covers == ((1, 0, 10), (1, 13, 20), (1, 21, 43))


# Dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("birth, expected", [("740231", "fail"), ("741301", "fail"), ("000229", "pass"),
                                             ("010229", "fail"), ("<<<<<<", "warn"), ("74<<<<", "warn"),
                                             ("7<0812", "fail"), ("740000", "warn")])
def test_birth_date_is_a_real_date_or_marked_unknown(birth, expected):
    assert status(examine(utopia(birth_date=birth)), "birth_date.valid") == expected


def test_unknown_birth_date_with_digit_zero_passes():
    report = examine(utopia(birth_date="<<<<<<"))
    assert report.status == "pass" and report.mrz[1][19] == "0"


def test_birth_century_is_inferred_and_age_given():
    report = examine(utopia(birth_date="050101"), dt.date(2010, 1, 1))
    assert report.fields["birth_date"] == "2005-01-01"
    assert finding(report, "birth_date.age").message == "Age 5"
    assert examine(utopia(birth_date="150101"), dt.date(2010, 1, 1)).fields["birth_date"] == "1915-01-01"


@pytest.mark.parametrize("birth, expiry, today, born", [
    ("121212", "110601", dt.date(2010, 1, 1), "1912-12-12"),  # an Icelandic holder of 97: not born after expiry
    ("121212", "310601", dt.date(2026, 12, 4), "2012-12-12"),  # a child's passport valid to 2031: the latest century
    ("200229", "180101", dt.date(2017, 6, 1), "1920-02-29"),  # a holder over 100
])
def test_the_birth_century_puts_the_birth_before_today_and_before_expiry(birth, expiry, today, born):
    report = examine(utopia(birth_date=birth, expiry_date=expiry), today)
    assert report.fields["birth_date"] == born
    assert status(report, "expiry_date.after_birth") == "pass"  # a genuine traveller is not accused


def test_a_very_old_holder_or_future_birth_is_flagged():
    report = examine(utopia(birth_date="091231"), dt.date(2009, 12, 1))  # 1909, or next month
    c = finding(report, "birth_date.age")
    assert c.status == "warn" and "Age 99" in c.message
    assert status(examine(utopia(birth_date="300101"), dt.date(2010, 1, 1)), "birth_date.age") == "pass"


def test_expired_document_fails():
    report = examine(utopia(), dt.date(2012, 4, 16))
    c = finding(report, "expiry_date.not_expired")
    assert report.status == "fail" and c.status == "fail" and "2012-04-15" in c.message
    assert status(examine(utopia(), dt.date(2012, 4, 15)), "expiry_date.not_expired") == "pass"


def test_expiry_must_be_a_real_date():
    assert status(examine(utopia(expiry_date="120231")), "expiry_date.valid") == "fail"
    assert status(examine(utopia(expiry_date="12<<<<")), "expiry_date.charset") == "fail"


def test_a_birth_that_would_follow_expiry_is_read_a_century_earlier_and_the_age_warns():
    # two digits carry no century: 05 before an expiry in 2004 is 1905, a holder of 105 the officer looks at
    report = examine(utopia(birth_date="050101", expiry_date="040101"), dt.date(2010, 1, 1))
    assert report.fields["birth_date"] == "1905-01-01" and status(report, "birth_date.age") == "warn"
    assert status(report, "expiry_date.after_birth") == "pass"


def test_unusually_long_validity_warns():
    assert status(examine(utopia(expiry_date="250101")), "expiry_date.validity") == "warn"
    assert "expiry_date.validity" not in warned(examine(utopia()))


# Sex -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sex, expected", [("F", "pass"), ("M", "pass"), ("<", "pass"), ("X", "warn"),
                                           ("Z", "fail")])
def test_sex(sex, expected):
    assert status(examine(utopia(sex=sex)), "sex.value") == expected


# Names ---------------------------------------------------------------------------------------------


def test_digits_in_a_name_fail_at_their_position():
    report = examine(utopia(surname="ER1KSSON"))
    c = finding(report, "names.digits")
    assert c.status == "fail" and c.span == (0, 7, 8)


def test_stray_characters_after_the_filler_run_fail():
    lines = put(utopia(), 0, 40, "K")
    c = finding(examine(lines), "names.trailing")
    assert c.status == "fail" and c.span == (0, 40, 41)


def test_three_fillers_between_name_parts_fail():
    report = examine(utopia(surname="ERIKSSON<", given_names="ANNA"))
    assert "names.trailing" in failed(report)


def test_name_filling_the_field_may_be_truncated():
    report = examine(utopia(surname="BENNEL WOOLOO WARRAN WARNAM", given_names="DINGO POTO"))
    assert report.status == "pass" and status(report, "names.truncation") == "warn"


def test_empty_primary_identifier_is_a_known_deviation():
    report = examine(put(utopia(), 0, 5, "<<AHMADI<RAHUL<<<<<<<<<<<<<<<<<<<<<<<<<<"[:39]))
    assert report.status == "pass" and status(report, "names.empty_primary") == "warn"
    assert report.fields["surname"] == "" and report.fields["given_names"] == "AHMADI RAHUL"


def test_primary_only_names_are_conformant():
    report = examine(utopia(surname="ZAHRA", given_names=""))
    assert status(report, "names.structure") == "pass" and report.fields["given_names"] == ""


@pytest.mark.parametrize("name, key", [("<" * 39, "names.structure.empty"),
                                       ("<ERIKSSON<<ANNA" + "<" * 24, "names.structure.start")])
def test_malformed_names_fail(name, key):
    c = finding(examine(put(utopia(), 0, 5, name)), "names.structure")
    assert c.status == "fail" and c.key == key
