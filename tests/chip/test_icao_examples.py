"""The protocol against the worked examples of ICAO Doc 9303 Part 11 Appendix D (BAC and secure messaging):
every byte we send must be the byte the standard prints."""

import pytest

from desktop.chip import bac, keys
from desktop.chip.card import Card
from desktop.chip.errors import AccessDenied, ProtocolError

H = bytes.fromhex
INFO = "L898902C<369080619406236"  # Appendix D.2: document number, birth and expiry with check digits


class Scripted:
    """A transport that answers from the worked example and records what it was sent."""

    def __init__(self, exchanges):
        self.exchanges = list(exchanges)
        self.sent = []

    def transmit(self, apdu):
        self.sent.append(apdu.hex().upper())
        expected, answer = self.exchanges.pop(0)
        assert apdu.hex().upper() == expected
        raw = H(answer)
        return raw[:-2], int.from_bytes(raw[-2:], "big")


BAC_EXCHANGES = [
    ("0084000008", "4608F919887022129000"),
    ("0082000028" "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2" "5F1448EEA8AD90A7" "28",
     "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F" "2F2D235D074D7449" "9000"),
]
SM_EXCHANGES = [
    ("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800", "990290008E08FA855A5D4C50A8ED9000"),
    ("0CB000000D9701048E08ED6705417E96BA5500", "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"),
    ("0CB000040D9701128E082EA28A70F3C7B53500",
     "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"),
]


def test_the_access_keys_of_appendix_d2():
    assert keys.seed(INFO) == H("239AB9CB282DAF66231DC5A4DF6BFBAE")
    assert keys.bac_keys(INFO) == (H("AB94FDECF2674FDFB9B391F85D7F76F2"), H("7962D9ECE03D1ACD4C76089DCE131543"))


def test_mrz_information_is_taken_from_every_layout():
    td3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C<3UTO6908061F9406236ZE184226B<<<<<14")
    assert keys.mrz_information(td3) == INFO
    td1_long = ("I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2", "STEVENSON<<PETER<JOHN<<<<<<<<<")
    assert keys.mrz_information(td1_long) == "D23145890734" "9" "3407127" "9507122"  # Appendix D: full number, cd 9


def test_bac_and_secure_messaging_reproduce_appendix_d3_and_d4():
    t = Scripted(BAC_EXCHANGES + SM_EXCHANGES)
    card = Card(t)
    bac.authenticate(card, INFO, rnd_ifd=H("781723860C06C226"), k_ifd=H("0B795240CB7049B01C19B33E32804F0B"))
    assert (card.sm.ks_enc, card.sm.ks_mac) == (H("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                                                H("F1CB1F1FB5ADF208806B89DC579DC1F8"))
    assert card.sm.ssc == 0x887022120C06C226
    assert card.select_file(0x011E) == 0x9000
    assert card.read_binary(0, 4) == H("60145F01")
    assert card.read_binary(4, 0x12) == H("04303130365F36063034303030305C026175")  # EF.COM, whole
    assert not t.exchanges


def test_an_answer_whose_mac_was_altered_is_refused():
    altered = SM_EXCHANGES[1][1].replace("9FF0EC34", "9FF0EC35")
    card = Card(Scripted(BAC_EXCHANGES + [SM_EXCHANGES[0], (SM_EXCHANGES[1][0], altered)]))
    bac.authenticate(card, INFO, rnd_ifd=H("781723860C06C226"), k_ifd=H("0B795240CB7049B01C19B33E32804F0B"))
    card.select_file(0x011E)
    with pytest.raises(ProtocolError, match="valid MAC"):
        card.read_binary(0, 4)


def test_a_wrong_mrz_is_refused_with_a_message_about_the_mrz():
    class Any(Scripted):
        def transmit(self, apdu):
            expected, answer = self.exchanges.pop(0)
            raw = H(answer)
            return raw[:-2], int.from_bytes(raw[-2:], "big")

    card = Card(Any([BAC_EXCHANGES[0], ("", "6300")]))
    with pytest.raises(AccessDenied, match="MRZ"):
        bac.authenticate(card, "L898902C<369080619406237")
