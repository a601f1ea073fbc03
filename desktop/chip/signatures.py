"""Signature checks for passive authentication, with the `cryptography` package: RSA (PKCS #1 v1.5 and
PSS) and ECDSA, the algorithms Doc 9303 Part 12 §4 allows. Certificates and CMS come parsed by asn1crypto."""

from __future__ import annotations

from asn1crypto import keys as asn1keys
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import load_der_public_key

HASH = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
        "sha512": hashes.SHA512}


class BadSignature(Exception):
    """A signature does not verify, or cannot be checked; the message says which."""


class Unsupported(BadSignature):
    """The key or algorithm is one this tool cannot check (not proof of forgery)."""


def public_key(info: asn1keys.PublicKeyInfo):
    """A `cryptography` public key from a certificate's SubjectPublicKeyInfo."""
    try:
        return load_der_public_key(info.dump())
    except (ValueError, TypeError) as exc:
        params = info["algorithm"]["parameters"]
        if info["algorithm"]["algorithm"].native == "ec" and params.name == "specified":
            raise Unsupported("the key uses explicit elliptic-curve parameters, which this tool cannot load "
                              "yet") from None
        raise Unsupported(f"the public key cannot be loaded ({exc})") from None


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
