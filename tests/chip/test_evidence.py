"""The chip read as the record keeps it: packed and unpacked byte for byte, and a stored read that is not one
refused with a message (never a path written, never unbounded)."""

import io
import zipfile

import pytest
from hypothesis import given, settings, strategies as st

from desktop.chip import evidence
from desktop.chip.errors import ChipError

FILES = {"EF.SOD": b"\x77\x03abc", "DG1": b"\x61\x01x", "DG15": b"\x6f\x00"}


def test_a_read_packs_the_same_way_each_time_and_unpacks_to_its_files():
    assert evidence.pack(FILES) == evidence.pack(dict(reversed(FILES.items())))  # same read, same bytes, same hash
    assert evidence.unpack(evidence.pack(FILES)) == FILES


def zipped(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("members, why", [
    ([("../../etc/passwd", b"x")], "not a chip file"),
    ([("photo.jpg", b"x")], "not a chip file"),
    ([(f"DG{n % 16 + 1}.bin", b"x") for n in range(50)], "more than a chip has"),
    ([("DG2.bin", b"\0" * (evidence.MAX_BYTES + 1))], "larger than any chip"),
    ([("DG1.bin", b"a"), ("dg1", b"b")], "DG1 twice"),
])
@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_stored_read_that_is_not_a_chips_files_is_refused(members, why):
    with pytest.raises(ChipError, match=why):
        evidence.unpack(zipped(members))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_unpack_to_files_or_a_clear_refusal(data):
    try:
        files = evidence.unpack(data)
    except ChipError:
        return
    assert isinstance(files, dict)

