"""Signature checks for passive authentication, with the `cryptography` package: RSA (PKCS #1 v1.5 and
PSS) and ECDSA, the algorithms Doc 9303 Part 12 §4 allows. Certificates and CMS come parsed by asn1crypto.

Two outcomes other than success, and the difference is a security rule (Part 12 §4, issue 20):
- `Unsupported`: the *key* cannot be loaded by this tool (a curve we lack). Only the verifier's key can make a
  check undecidable, and an undecidable check is reported as "not verified", never as passed.
- `BadSignature`: everything else — a signature that does not verify, an algorithm the signer chose that does
  not fit the key (an ECDSA label on an RSA key), a hash or algorithm Doc 9303 does not allow. The signer
  chooses these, so a forger could choose them: they prove nothing genuine and fail.
"""

from __future__ import annotations

from asn1crypto import keys as asn1keys
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import load_der_public_key

HASH = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
        "sha512": hashes.SHA512}
# Signature algorithm identifiers that name a key type rather than a signature scheme. Several States label
# their SOD's SignerInfo so (id-ecPublicKey, rsaEncryption); the hash then comes from digestAlgorithm.
KEY_TYPE_LABELS = {"1.2.840.10045.2.1": "ecdsa", "1.2.840.113549.1.1.1": "rsassa_pkcs1v15"}


class BadSignature(Exception):
    """A signature does not verify, or was made in a way that cannot be genuine; the message says which."""


class Unsupported(BadSignature):
    """The verifier's key is one this tool cannot load (not proof of forgery: "not verified")."""


# the named curves `cryptography` loads, by ECPy's name (ECPy holds the domain parameters to compare with)
NAMED = {"secp192r1": ec.SECP192R1, "secp224r1": ec.SECP224R1, "secp256r1": ec.SECP256R1, "secp384r1": ec.SECP384R1,
         "secp521r1": ec.SECP521R1, "Brainpool-p256r1": ec.BrainpoolP256R1, "Brainpool-p384r1": ec.BrainpoolP384R1,
         "Brainpool-p512r1": ec.BrainpoolP512R1}


def public_key(info: asn1keys.PublicKeyInfo):
    """A `cryptography` public key from a certificate's SubjectPublicKeyInfo."""
    try:
        return load_der_public_key(info.dump())
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        try:
            params = info["algorithm"]["parameters"]
            explicit = info["algorithm"]["algorithm"].native == "ec" and params.name == "specified"
        except (ValueError, TypeError, KeyError):
            explicit = False
        if explicit:
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


def scheme(algorithm, digest_name: str | None) -> tuple[str, str, object]:
    """(kind, hash, PSS parameters or None) of a SignedDigestAlgorithm; BadSignature when the identifier is not a
    signature scheme Doc 9303 allows."""
    oid = algorithm["algorithm"].dotted
    try:
        kind = KEY_TYPE_LABELS.get(oid) or algorithm.signature_algo
    except ValueError:
        raise BadSignature(f"the signature algorithm {oid} is not one Doc 9303 allows") from None
    pss = None
    if kind == "rsassa_pss":
        pss = algorithm["parameters"]
        hash_name = pss["hash_algorithm"]["algorithm"].native
    elif oid in KEY_TYPE_LABELS:
        hash_name = digest_name
    else:
        try:
            hash_name = algorithm.hash_algo
        except (ValueError, TypeError):
            hash_name = digest_name
    if hash_name not in HASH:
        raise BadSignature(f"the hash algorithm {hash_name} is not one Doc 9303 allows")
    if kind not in ("rsassa_pkcs1v15", "rsassa_pss", "ecdsa"):
        raise BadSignature(f"a {kind} signature is not one Doc 9303 allows")
    return kind, hash_name, pss


def verify(info: asn1keys.PublicKeyInfo, algorithm, digest_name: str | None, signature: bytes, data: bytes) -> None:
    """Check `signature` over `data`. `algorithm` is an asn1crypto SignedDigestAlgorithm (from a
    certificate or a CMS signer info); `digest_name` the hash when the algorithm names none (plain 'rsa',
    'ecdsa'). Raises Unsupported only when the key cannot be loaded; BadSignature for everything else."""
    key = public_key(info)
    kind, hash_name, pss = scheme(algorithm, digest_name)
    h = HASH[hash_name]()
    try:
        if kind == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), h)
        elif kind == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            mgf_hash = pss["mask_gen_algorithm"]["parameters"]["algorithm"].native
            if mgf_hash not in HASH:
                raise BadSignature(f"the PSS mask hash {mgf_hash} is not one Doc 9303 allows")
            key.verify(signature, data, padding.PSS(padding.MGF1(HASH[mgf_hash]()), pss["salt_length"].native), h)
        elif kind == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(h))
        else:
            # the signer chose an algorithm its own key cannot have made: forged or mislabelled, never genuine
            raise BadSignature(f"a {kind} signature cannot have been made with the signer's {_kind(key)} key")
    except InvalidSignature:
        raise BadSignature("the signature does not verify") from None
    except (ValueError, TypeError) as exc:  # e.g. an RSA signature longer than the modulus
        raise BadSignature(f"the signature is malformed ({exc})") from None


def _kind(key) -> str:
    return "RSA" if isinstance(key, rsa.RSAPublicKey) else "elliptic-curve" if isinstance(
        key, ec.EllipticCurvePublicKey) else key.__class__.__name__
