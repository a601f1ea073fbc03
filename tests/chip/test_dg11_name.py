"""DG11's full name against the MRZ's name (desktop.checks.viz.chip_name): transliteration and truncation agree,
another name warns (never fails: both come from the issuer's signed data)."""

import pytest


@pytest.mark.parametrize("full_name, surname, given, status", [
    ("ERIKSSON<<ANNA<MARIA", "ERIKSSON", "ANNA MARIA", "pass"),
    ("MÜLLER<<JÜRGEN", "MUELLER", "JUERGEN", "pass"),  # transliterated (Part 3 §6)
    ("MÜLLER<<JÜRGEN", "MULLER", "JURGEN", "pass"),  # or with the diacritics dropped
    ("ДОРЖ<<БАТ", "DORJ", "BAT", "pass"),  # Cyrillic in the chip, Latin in the MRZ
    ("VANDERHEIDENSTAMWESTERBERG<<ALEXANDRA", "VANDERHEIDENSTAMWEST", "ALEX", "pass"),  # the MRZ truncated
    ("ERIKSEN<<ANNA", "ERIKSSON", "ANNA MARIA", "warn"),  # another person's name: compare by eye
])
def test_the_chips_full_name_is_compared_with_the_mrz_name(full_name, surname, given, status):
    from desktop.checks import viz

    found = viz.chip_name(full_name, surname, given)
    assert found.status == status, found.params
