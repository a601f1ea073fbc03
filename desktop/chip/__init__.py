"""The passport's chip (eMRTD, ICAO Doc 9303 Parts 10-12): access (BAC, PACE), secure messaging, the data
groups, passive authentication against imported CSCA certificates, and the chip against the MRZ.

No Qt here. The card is reached through a `Transport` (pcsc.py: PC/SC with pyscard); everything else works
on bytes, so the protocol is tested against recorded ICAO worked examples as well as an emulated chip.
"""

from desktop.chip.errors import AccessDenied, CardGone, ChipError, ProtocolError

__all__ = ["AccessDenied", "CardGone", "ChipError", "ProtocolError"]
