"""The groups a chip agrees keys in: elliptic curves (ECDH) and prime fields (DH), for PACE's generic mapping
(Doc 9303 Part 11 §4.4.3.3) and Chip Authentication (Part 11 §6.2, BSI TR-03110 §3.4).

One interface for both, so that the protocols are written once:
    group.random_secret() -> int;  group.public(sk) -> bytes (what goes on the wire);
    group.shared(sk, peer) -> bytes K;  group.mapped(s, sk_map, peer_map) -> the group with Ĝ = s·G + sk·PK
    (ECDH) or ĝ = g^s · PK^sk (DH);  group.token_tag: the data object a public key takes in a PACE token (86
    for a point, 84 for a DH value; Part 11 §4.4.3.4, TR-03110 Part 3 D.3).

The curve arithmetic is ECPy's (a library): `cryptography` only multiplies a curve's own generator, and generic
mapping needs another. Modular exponentiation for DH is Python's built-in `pow`. Every public value received is
checked to lie in the group (on the curve, or 1 < y < p-1 with y^q = 1): a chip that sends one that does not
is refused (ProtocolError), never computed with.
"""

from __future__ import annotations

import secrets

from desktop.chip.errors import ChipError, ProtocolError

# Part 11 §9.5.1, standardized domain parameters: 0-2 are the RFC 5114 DH groups, 8-18 curves (ECPy's names)
CURVES = {8: "secp192r1", 9: "Brainpool-p192r1", 10: "secp224r1", 11: "Brainpool-p224r1", 12: "secp256r1",
          13: "Brainpool-p256r1", 14: "Brainpool-p320r1", 15: "secp384r1", 16: "Brainpool-p384r1",
          17: "Brainpool-p512r1", 18: "secp521r1"}
# RFC 5114 §2.1: 1024-bit MODP group with a 160-bit prime order subgroup (standardized parameters 0)
RFC5114_1024 = (
    int("B10B8F96A080E01DDE92DE5EAE5D54EC52C99FBCFB06A3C69A6A9DCA52D23B616073E28675A23D189838EF1E2EE652C0"
        "13ECB4AEA906112324975C3CD49B83BFACCBDD7D90C4BD7098488E9C219A73724EFFD6FAE5644738FAA31A4FF55BCCC0"
        "A151AF5F0DC8B4BD45BF37DF365C1A65E68CFDA76D4DA708DF1FB2BC2E4A4371", 16),
    int("A4D1CBD5C3FD34126765A442EFB99905F8104DD258AC507FD6406CFF14266D31266FEA1E5C41564B777E690F5504F213"
        "160217B4B01B886A5E91547F9E2749F4D7FBD7D3B9A92EE1909D0D2263F80A76A6A24C087A091F531DBF0A0169B6A28A"
        "D662A4D18E73AFA32D779D5918D08BC8858F4DCEF97C2A24855E6EEB22B3B2E5", 16),
    int("F518AA8781A8DF278ABA4E7D64B7CB9D49462353", 16))
DH_STANDARD = {0: RFC5114_1024}


class EcGroup:
    token_tag = 0x86

    def __init__(self, curve, generator=None):
        self.curve = curve
        self.generator = generator or curve.generator
        self.size = (curve.size + 7) // 8
        self.order = curve.order

    def describe(self) -> str:
        return self.curve.name

    def random_secret(self) -> int:
        return 1 + secrets.randbelow(self.order - 1)

    def encode(self, point) -> bytes:
        return b"\x04" + point.x.to_bytes(self.size, "big") + point.y.to_bytes(self.size, "big")

    def point(self, data: bytes, what: str):
        from ecpy.curves import ECPyException, Point

        if len(data) != 1 + 2 * self.size or data[0] != 0x04:
            raise ProtocolError(f"the chip's {what} is not an uncompressed point of the curve")
        try:
            return Point(int.from_bytes(data[1:1 + self.size], "big"), int.from_bytes(data[1 + self.size:], "big"),
                         self.curve)
        except ECPyException:
            raise ProtocolError(f"the chip's {what} is not on the curve") from None

    def public(self, secret: int) -> bytes:
        return self.encode(secret * self.generator)

    def shared(self, secret: int, peer: bytes, what: str = "public key") -> bytes:
        """K: the x-coordinate of sk·PK (Part 11 §9.6, ECKA of TR-03111)."""
        product = secret * self.point(peer, what)
        if product.is_infinity:
            raise ProtocolError(f"the chip's {what} gives no shared secret")
        return product.x.to_bytes(self.size, "big")

    def mapped(self, s: int, secret: int, peer: bytes) -> "EcGroup":
        """Generic mapping: Ĝ = s·G + H with H = sk·PK.map (Part 11 §4.4.3.3.1)."""
        h = secret * self.point(peer, "mapping key")
        return EcGroup(self.curve, s * self.generator + h)


class DhGroup:
    token_tag = 0x84

    def __init__(self, p: int, g: int, q: int | None):
        self.p, self.g, self.q = p, g, q
        self.size = (p.bit_length() + 7) // 8

    def describe(self) -> str:
        return f"DH {self.p.bit_length()}-bit"

    def random_secret(self) -> int:
        return 1 + secrets.randbelow((self.q or self.p - 1) - 1)

    def value(self, data: bytes, what: str) -> int:
        y = int.from_bytes(data, "big")
        if not data or len(data) > self.size or not 1 < y < self.p - 1 or \
                (self.q is not None and pow(y, self.q, self.p) != 1):
            raise ProtocolError(f"the chip's {what} is not an element of the group")
        return y

    def public(self, secret: int) -> bytes:
        return pow(self.g, secret, self.p).to_bytes(self.size, "big")

    def shared(self, secret: int, peer: bytes, what: str = "public key") -> bytes:
        """K = PK^sk mod p, as many bytes as p (Part 11 §9.6)."""
        return pow(self.value(peer, what), secret, self.p).to_bytes(self.size, "big")

    def mapped(self, s: int, secret: int, peer: bytes) -> "DhGroup":
        """Generic mapping: ĝ = g^s · h with h = PK.map^sk (Part 11 §4.4.3.3.1)."""
        h = pow(self.value(peer, "mapping key"), secret, self.p)
        return DhGroup(self.p, pow(self.g, s, self.p) * h % self.p, self.q)


def standard(parameter_id: int | None) -> EcGroup | DhGroup:
    """The group of a standardized domain parameter identifier (Part 11 §9.5.1)."""
    from ecpy.curves import Curve

    if parameter_id in CURVES:
        return EcGroup(Curve.get_curve(CURVES[parameter_id]))
    if parameter_id in DH_STANDARD:
        return DhGroup(*DH_STANDARD[parameter_id])
    raise ChipError(f"standardized domain parameters {parameter_id} are not supported by this tool")


def same_curve(a: EcGroup, b: EcGroup) -> bool:
    """The same curve and generator, whatever each was called."""
    ca, cb = a.curve, b.curve
    return (ca.field, ca.a, ca.b, ca.order) == (cb.field, cb.a, cb.b, cb.order) and \
        a.encode(a.generator) == b.encode(b.generator)


STANDARDIZED = "0.4.0.127.0.7.1.2"  # standardizedDomainParameters: the parameter is an INTEGER (TR-03110 A.2.1.1)


def from_key_der(der: bytes) -> tuple[EcGroup | DhGroup, bytes]:
    """(group, public value) of a SubjectPublicKeyInfo (DER) with named, explicit or standardized domain
    parameters, as DG14's and EF.CardSecurity's ChipAuthenticationPublicKeyInfo carry (TR-03110 Part 3 A.1.2;
    German ID cards name the parameters by number, an algorithm asn1crypto does not know)."""
    from asn1crypto import keys as asn1keys
    from asn1crypto.core import Integer

    from desktop.chip import tlv

    try:
        outer = tlv.read_one(der)[0]
        parts = outer.children() if outer.tag == 0x30 else []
        algorithm = parts[0].children() if parts and parts[0].tag == 0x30 else []
    except ProtocolError:
        parts, algorithm = [], []
    if len(parts) == 2 and algorithm and algorithm[0].tag == 0x06 and \
            tlv.oid_text(algorithm[0].value) == STANDARDIZED:
        if len(algorithm) < 2 or algorithm[1].tag != 0x02 or not 0 < len(algorithm[1].value) <= 2 \
                or parts[1].tag != 0x03 or len(parts[1].value) < 2:
            raise ProtocolError("the chip's key names its standardized parameters wrongly")
        group = standard(int.from_bytes(algorithm[1].value, "big"))
        public = parts[1].value[1:]  # a BIT STRING: the unused-bits byte, then the value
        if isinstance(group, DhGroup):  # the value is a DER INTEGER inside the bit string
            try:
                public = Integer.load(public).native.to_bytes(group.size, "big")
            except (ValueError, OverflowError, TypeError):
                raise ProtocolError("the chip's DH key is not an integer of its group") from None
        return group, public
    try:
        info = asn1keys.PublicKeyInfo.load(der)
    except (ValueError, TypeError) as exc:
        raise ProtocolError(f"the chip's key cannot be read ({exc.__class__.__name__})") from None
    return from_key_info(info)


def from_key_info(info) -> tuple[EcGroup | DhGroup, bytes]:
    """(group, public value) of a SubjectPublicKeyInfo (asn1crypto) holding an EC or DH key with named or
    explicit domain parameters."""
    from ecpy.curves import Curve, Point, WeierstrassCurve

    try:
        algorithm = info["algorithm"]["algorithm"].native
        params = info["algorithm"]["parameters"]
        if algorithm == "ec":
            if params.name == "named":
                name = {"secp256r1": "secp256r1", "secp384r1": "secp384r1", "secp521r1": "secp521r1",
                        "secp224r1": "secp224r1", "secp192r1": "secp192r1", "brainpoolp256r1": "Brainpool-p256r1",
                        "brainpoolp384r1": "Brainpool-p384r1", "brainpoolp512r1": "Brainpool-p512r1",
                        "brainpoolp224r1": "Brainpool-p224r1", "brainpoolp320r1": "Brainpool-p320r1",
                        "brainpoolp192r1": "Brainpool-p192r1"}.get(params.chosen.native)
                if name is None:
                    raise ChipError(f"the key's curve {params.chosen.native} is not supported by this tool")
                return EcGroup(Curve.get_curve(name)), info["public_key"].native
            if params.name != "specified":
                raise ChipError("the key's curve is implicit (no parameters): not supported")
            domain = params.chosen
            prime = domain["field_id"]["parameters"].native
            a = int.from_bytes(domain["curve"]["a"].native, "big") % prime
            b = int.from_bytes(domain["curve"]["b"].native, "big") % prime
            order, base = domain["order"].native, domain["base"].native
            cofactor = domain["cofactor"].native if domain["cofactor"].native is not None else 1
            for name in CURVES.values():
                c = Curve.get_curve(name)
                if (c.field, c.a, c.b, c.order) == (prime, a, b, order):
                    group = EcGroup(c)
                    if group.encode(c.generator) == base:
                        return group, info["public_key"].native
            size = (prime.bit_length() + 7) // 8
            if len(base) != 1 + 2 * size or base[0] != 0x04:
                raise ChipError("the key's curve generator is not an uncompressed point")
            curve = WeierstrassCurve({"name": "explicit", "type": "weierstrass", "size": prime.bit_length(),
                                      "a": a, "b": b, "field": prime, "order": order, "cofactor": cofactor,
                                      "generator": (int.from_bytes(base[1:1 + size], "big"),
                                                    int.from_bytes(base[1 + size:], "big"))})
            if not curve.is_on_curve(Point(*curve._domain["generator"], curve, check=False)):
                raise ChipError("the key's curve generator is not on its curve")
            return EcGroup(curve), info["public_key"].native
        if algorithm == "dh":
            p, g = params["p"].native, params["g"].native
            q = params["q"].native if "q" in params and params["q"].native else None
            return DhGroup(p, g, q), info["public_key"].native.to_bytes((p.bit_length() + 7) // 8, "big")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ProtocolError(f"the chip's key parameters cannot be read ({exc.__class__.__name__})") from None
    raise ChipError(f"a {algorithm} key is not one Chip Authentication uses")
