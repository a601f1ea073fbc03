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


# PACE, Appendix G.1: ECDH generic mapping on brainpoolP256r1, AES-128 ------------------------------------

PACE_INFO = "T22000129364081251010318"
CARD_ACCESS = "31143012060A04007F0007020204020202010202010D"
PACE_EXCHANGES = [
    # Appendix G sends MSE:Set AT without the domain parameter reference 84 (Lc 0F); we always name it (Lc 12),
    # which Part 11 §4.4.4.1 allows and a chip with several PACEInfos needs
    ("0022C1A412800A04007F00070202040202830101" "84010D", "9000"),
    ("10860000027C0000", "7C12801095A3A016522EE98D01E76CB6B98B42C39000"),
    ("10860000457C438141047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
     "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D00",
     "7C43824104824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
     "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C549000"),
    ("10860000457C438341042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
     "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB3646200",
     "7C438441049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
     "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F0949000"),
    ("008600000C7C0A8508C2B0BD78D94BA86600", "7C0A86083ABB9674BCE93C089000"),
]
SK_MAP = 0x7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99
SK_EPH = 0xA73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595


def test_pace_reproduces_appendix_g1_byte_for_byte():
    from desktop.chip import pace

    (info,) = pace.parse_card_access(H(CARD_ACCESS))
    assert (info.oid, info.version, info.parameter_id, info.supported) == ("0.4.0.127.0.7.2.2.4.2.2", 2, 13, True)
    assert keys.pace_password(PACE_INFO, "aes", 128) == H("89DED1B26624EC1E634C1989302849DD")
    t = Scripted(PACE_EXCHANGES)
    card = Card(t)
    pace.authenticate(card, pace.Password("mrz", PACE_INFO), info, sk_map=SK_MAP, sk_eph=SK_EPH)
    assert not t.exchanges  # every command as Appendix G prints it, the chip's token accepted
    assert (card.sm.ks_enc, card.sm.ks_mac, card.sm.ssc, card.sm.cipher) == (
        H("F5F0E35C0D7161EE6724EE513A0D9A7F"), H("FE251C7858B356B24514B3BD5F4297D1"), 0, "aes")


def test_pace_refuses_a_chip_token_that_does_not_match():
    from desktop.chip import pace

    (info,) = pace.parse_card_access(H(CARD_ACCESS))
    altered = PACE_EXCHANGES[:-1] + [(PACE_EXCHANGES[-1][0], "7C0A86083ABB9674BCE93C099000")]
    with pytest.raises(AccessDenied, match="token"):
        pace.authenticate(Card(Scripted(altered)), pace.Password("mrz", PACE_INFO), info, sk_map=SK_MAP, sk_eph=SK_EPH)


def test_pace_refuses_a_point_off_the_curve():
    from desktop.chip import pace

    (info,) = pace.parse_card_access(H(CARD_ACCESS))
    bad = list(PACE_EXCHANGES)
    bad[2] = (bad[2][0], bad[2][1].replace("824FBA91", "824FBA92"))
    with pytest.raises(ProtocolError, match="not on the curve"):
        pace.authenticate(Card(Scripted(bad)), pace.Password("mrz", PACE_INFO), info, sk_map=SK_MAP, sk_eph=SK_EPH)
