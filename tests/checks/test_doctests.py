"""The core's docstring examples run (Doc 9303 Part 3 Appendix A's check digits in desktop.checks.checkdigit)."""

import doctest

from desktop.checks import checkdigit


def test_the_check_digit_docstring_examples_hold():
    result = doctest.testmod(checkdigit)
    assert result.attempted >= 4 and result.failed == 0
