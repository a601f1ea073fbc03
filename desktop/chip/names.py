"""X.501 names and key identifiers as passive authentication compares them (RFC 5280 §7.1, Doc 9303 Part 12).

States encode the same name in different ways: another string type (PrintableString / UTF8String), another case
or spacing, and — seen on a genuine Malaysian passport — the same attributes in another order in the SOD's
SignerInfo than in the certificate. Two names are the same when they hold the same attributes with the same
prepared values (RFC 4518), in any order. Key identifiers fall back to RFC 5280 §4.2.1.2 method 1 (SHA-1 of
the public key bits) when a certificate carries none.
"""

from __future__ import annotations

import hashlib

from asn1crypto import x509


def _attributes(name: x509.Name) -> list[tuple[str, str]]:
    out = []
    for rdn in name.chosen:
        for attribute in rdn:
            try:
                value = attribute.prepped_value
            except Exception:  # an attribute asn1crypto cannot prepare: compare its bytes
                value = attribute["value"].dump().hex()
            out.append((attribute["type"].dotted, " ".join(str(value).split())))
    return sorted(out)


def same(a: x509.Name, b: x509.Name) -> bool:
    """The same name, whatever the order, string type, case or spacing of its attributes."""
    try:
        return a == b or _attributes(a) == _attributes(b)
    except Exception:
        return False


def key_identifier(cert: x509.Certificate) -> bytes:
    """The subject key identifier, or SHA-1 of the subjectPublicKey bits when the extension is absent."""
    return cert.key_identifier or hashlib.sha1(cert.public_key["public_key"].contents[1:]).digest()


def may_have_issued(issuer: x509.Certificate, cert_issuer: x509.Name, authority_key_id: bytes | None) -> bool:
    """Whether `issuer` is a candidate for the certificate or CRL naming `cert_issuer` and `authority_key_id`:
    the same name, or the same key identifier. Only the signature decides; after a key rollover several
    CSCAs share a name, and every one is tried (key identifier matches first: see `by_likelihood`)."""
    if same(issuer.subject, cert_issuer):
        return True
    return bool(authority_key_id) and authority_key_id == issuer.key_identifier


def by_likelihood(candidates: list[x509.Certificate], authority_key_id: bytes | None) -> list[x509.Certificate]:
    """The candidates whose key identifier matches first: the signature check then usually succeeds at once."""
    return sorted(candidates, key=lambda c: not (authority_key_id and c.key_identifier == authority_key_id))
