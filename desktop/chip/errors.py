"""What can go wrong with a chip, each with a message an officer can act on."""


class ChipError(Exception):
    """Any failure to read or check the chip; the message says what happened and what to do."""


class ProtocolError(ChipError):
    """The chip answered something that does not follow Doc 9303 (bad TLV, wrong length, bad MAC)."""


class AccessDenied(ChipError):
    """The access keys from the MRZ were refused (a wrong MRZ read, or a chip personalised with other data)."""


class CardGone(ChipError):
    """The card was removed, or the reader disappeared, during the read."""


class StatusError(ChipError):
    """A command answered with a status word other than 9000."""

    def __init__(self, what: str, sw: int):
        self.sw = sw
        super().__init__(f"{what}: the chip answered {sw:04X} ({describe_sw(sw)})")


SW_TEXT = {
    0x6282: "end of file reached early", 0x6300: "authentication failed", 0x6700: "wrong length",
    0x6882: "secure messaging not supported", 0x6982: "access conditions not satisfied",
    0x6983: "authentication blocked", 0x6985: "conditions of use not satisfied",
    0x6987: "secure messaging data objects missing", 0x6988: "secure messaging data objects incorrect",
    0x6A80: "incorrect data", 0x6A82: "file not found", 0x6A86: "incorrect parameters P1-P2",
    0x6B00: "wrong offset", 0x6D00: "instruction not supported", 0x6E00: "class not supported",
}


def describe_sw(sw: int) -> str:
    if sw in SW_TEXT:
        return SW_TEXT[sw]
    if sw >> 8 == 0x6C:
        return f"wrong length, {sw & 0xFF} expected"
    if sw >> 4 == 0x63C:
        return f"verification failed, {sw & 0xF} tries left"
    return "error"
