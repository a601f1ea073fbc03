"""The 7-3-1 check digit: Part 3 Appendix A worked examples and the trainer's working."""

import pytest

from desktop.checks import checkdigit


@pytest.mark.parametrize("data, digit", [
    ("520727", 3),                     # Part 3 App. A, example 1
    ("AB2134<<<", 5),                  # example 2: 70+33+2+7+9+4 = 125
    ("AB2134000", 5), ("AB2134KKK", 5),  # '<' counts 0, and K = 20 = 0 mod 10
    ("L898902C3", 6), ("740812", 2), ("120415", 9),
    ("<<<<<<", 0),                     # wholly unknown birth date: digit 0 (Part 3 §4.8, §4.9)
    ("", 0),
])
def test_appendix_a_examples(data, digit):
    assert checkdigit.compute(data) == digit


def test_td3_composite_example_sum_448():
    data = "HA672242<6" + "5802254" + "9601086<<<<<<<<<<<<<<0"
    working = checkdigit.explain(data)
    assert working.total == 448 and working.digit == 8 == checkdigit.compute(data)


def test_explain_lists_values_and_weights():
    working = checkdigit.explain("AB2134<<<")
    assert [(s.char, s.value, s.weight, s.product) for s in working.steps[:3]] == [
        ("A", 10, 7, 70), ("B", 11, 3, 33), ("2", 2, 1, 2)]
    assert working.total == 125 and working.digit == 5


@pytest.mark.parametrize("data", ["ab", "A B", "É", "3²", "&lt;"])
def test_characters_outside_the_mrz_set_give_no_digit(data):
    assert checkdigit.compute(data) is None and checkdigit.explain(data) is None
