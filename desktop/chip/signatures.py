"""Signature checks for passive authentication, with the `cryptography` package: RSA (PKCS #1 v1.5 and
PSS) and ECDSA, the algorithms Doc 9303 Part 12 §4 allows. Certificates and CMS come parsed by asn1crypto."""

from __future__ import annotations

from asn1crypto import keys as asn1keys
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import load_der_public_key

HASH = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
        "sha512": hashes.SHA512}


class BadSignature(Exception):
    """A signature does not verify, or cannot be checked; the message says which."""


class Unsupported(BadSignature):
    """The key or algorithm is one this tool cannot check (not proof of forgery)."""


# the named curves `cryptography` loads, by ECPy's name (ECPy holds the domain parameters to compare with)
NAMED = {"secp192r1": ec.SECP192R1, "secp224r1": ec.SECP224R1, "secp256r1": ec.SECP256R1, "secp384r1": ec.SECP384R1,
         "secp521r1": ec.SECP521R1, "Brainpool-p256r1": ec.BrainpoolP256R1, "Brainpool-p384r1": ec.BrainpoolP384R1,
         "Brainpool-p512r1": ec.BrainpoolP512R1}


def public_key(info: asn1keys.PublicKeyInfo):
    """A `cryptography` public key from a certificate's SubjectPublicKeyInfo."""
    try:
        return load_der_public_key(info.dump())
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        params = info["algorithm"]["parameters"]
        if info["algorithm"]["algorithm"].native == "ec" and params.name == "specified":
            return _explicit_ec(params.chosen, info["public_key"].native)
        raise Unsupported(f"the public key cannot be loaded ({exc})") from None


def _explicit_ec(domain, point: bytes):
    """Many States' CSCA and DS keys spell out their curve (explicit parameters, as BSI TR-03111 allows), which
    `cryptography` refuses: find the named curve with the same prime, coefficients, generator and order."""
    from ecpy.curves import Curve

    try:
        prime = domain["field_id"]["parameters"].native
        a = int.from_bytes(domain["curve"]["a"].native, "big")
        b = int.from_bytes(domain["curve"]["b"].native, "big")
        order = domain["order"].native
        base = domain["base"].native
    except (ValueError, TypeError, KeyError):
        raise Unsupported("the key's explicit curve parameters cannot be read") from None
    for name, curve_class in NAMED.items():
        c = Curve.get_curve(name)
        size = (c.size + 7) // 8
        generator = b"\x04" + c.generator.x.to_bytes(size, "big") + c.generator.y.to_bytes(size, "big")
        if (c.field, c.a, c.b, c.order) == (prime, a % prime, b % prime, order) and base == generator:
            try:
                return ec.EllipticCurvePublicKey.from_encoded_point(curve_class(), point)
            except ValueError:
                raise BadSignature("the public key is not a point of its curve") from None
    raise Unsupported("the key uses explicit elliptic-curve parameters of a curve this tool does not know")


def verify(info: asn1keys.PublicKeyInfo, algorithm, digest_name: str | None, signature: bytes, data: bytes) -> None:
    """Check `signature` over `data`. `algorithm` is an asn1crypto SignedDigestAlgorithm (from a
    certificate or a CMS signer info); `digest_name` the hash when the algorithm names none (plain 'rsa',
    'ecdsa')."""
    key = public_key(info)
    kind = algorithm.signature_algo
    try:
        hash_name = algorithm.hash_algo
    except ValueError:
        hash_name = digest_name
    if kind == "rsassa_pss":
        params = algorithm["parameters"]
        hash_name = params["hash_algorithm"]["algorithm"].native
        salt = params["salt_length"].native
    if hash_name not in HASH:
        raise Unsupported(f"the hash algorithm {hash_name} is not one Doc 9303 allows")
    h = HASH[hash_name]()
    try:
        if kind == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), h)
        elif kind == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PSS(padding.MGF1(HASH[hash_name]()), salt), h)
        elif kind == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(h))
        else:
            raise Unsupported(f"a {kind} signature with a {key.__class__.__name__} key")
    except InvalidSignature:
        raise BadSignature("the signature does not verify") from None
