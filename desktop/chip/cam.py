"""The chip's authentication by PACE-CAM (Doc 9303 Part 11 §4.4.3.3.3 and §4.4.3.5.2): after PACE with the chip
authentication mapping, the terminal reads EF.CardSecurity, verifies it as the issuer signed it, takes the chip's
static key PK.IC from it and checks PK.map.IC = KA(CA.IC, PK.IC) — the mapping key the chip used in this session
is CA.IC times its static key, which only the holder of SK.IC can arrange. A copy of the files on another chip
fails; so does a chip that leaves its chip authentication data out.

    EF.CardSecurity (file 011D of the master file, Part 11 §9.2.x): a CMS SignedData by a Document Signer whose
    content (type id-SecurityObject) is SecurityInfos: ChipAuthenticationPublicKeyInfo (id-PK-ECDH, the key
    with explicit, named or standardized domain parameters, optional key id), the infos of EF.CardAccess, ...

It is signed like the SOD: the same signature check (sod.verify_signer_info) and the same chain to a stored CSCA
(chain.py), bound to the document's issuing State (passive.py). The finding is `chip.chip_authentication`, as for
Chip Authentication by DG14: pass only when all of that holds; undecided (warn) only when the trusted side cannot
decide (no CSCA of that name stored, a key this tool cannot load).
"""

from __future__ import annotations

import datetime as dt

from asn1crypto import cms

from desktop.checks.report import FAIL, PASS, WARN, Check
from desktop.chip import chain as chainmod, groups, lds, signatures, sod as sodmod, tlv, trust
from desktop.chip.errors import ChipError, ProtocolError
from desktop.chip.pace import CamProof
from desktop.chip.passive import chip_check, issuer_binding

FID_CARD_SECURITY = 0x011D  # in the master file (EF.SOD has the same number inside the eMRTD application)
SECURITY_OBJECT = "0.4.0.127.0.7.3.2.1"  # id-SecurityObject (TR-03110 Part 3 A.1.2.5)
ID_PK_ECDH = "0.4.0.127.0.7.2.2.1.2"
ID = "chip.chip_authentication"


def _fail(detail: str) -> Check:
    return chip_check(ID, FAIL, f"{ID}.cam_failed", detail=detail)


def _undecided(detail: str) -> Check:
    return chip_check(ID, WARN, f"{ID}.cam_unusable", detail=detail)


def parse_card_security(data: bytes) -> tuple[cms.SignerInfo, list, bytes]:
    """(signer info, certificates, signed content) of EF.CardSecurity; ProtocolError if it is not one."""
    signed, content, certs = sodmod.signed_content(data, SECURITY_OBJECT, "EF.CardSecurity", "security infos")
    infos = signed["signer_infos"]
    if len(infos) != 1:
        raise ProtocolError(f"EF.CardSecurity has {len(infos)} signers; one is required")
    return infos[0], certs, content


def static_keys(content: bytes) -> list[bytes]:
    """The SubjectPublicKeyInfos (DER) of the ECDH chip authentication keys in the security infos."""
    return [tlv.build(0x30, parts[0].value) for oid, parts in lds.security_infos(content, None)
            if oid == ID_PK_ECDH and parts and parts[0].tag == 0x30]


def authenticate(proof: CamProof, card_security: bytes | None, store: trust.Store,
                 now: dt.datetime | None = None, state: str | None = None) -> Check:
    """The finding `chip.chip_authentication` for a chip opened with PACE-CAM."""
    if proof.ca is None:
        return _fail(proof.problem or "no chip authentication data")
    if card_security is None:
        return _fail("the chip offers PACE-CAM but gives no readable EF.CardSecurity, which Doc 9303 requires with it")
    try:
        signer, certificates, content = parse_card_security(card_security)
        ds = sodmod.find_signer(signer, certificates)
        if ds is None:
            return _fail("the Document Signer certificate is not in EF.CardSecurity")
        try:
            sodmod.verify_signer_info(signer, ds, content, SECURITY_OBJECT)
        except signatures.Unsupported as exc:
            return _undecided(f"EF.CardSecurity's signature: {exc}")
        except signatures.BadSignature as exc:
            return _fail(f"EF.CardSecurity's signature does not verify: {exc}")
        signed_at = sodmod.signed_attribute(signer, "signing_time")
        link = chainmod.chain(ds, store, now, signed_at if isinstance(signed_at, dt.datetime) else None)
        if link.status == FAIL:
            return _fail(f"EF.CardSecurity's signer: {link.reason}")
        if link.status != PASS:
            return _undecided(f"EF.CardSecurity's signer: {link.reason}")
        binding = issuer_binding(ds, link.csca, state)
        if binding.status == FAIL:
            return _fail(f"EF.CardSecurity is signed by another State ({binding.message})")
        keys = static_keys(content)
    except ProtocolError as exc:
        return _fail(str(exc))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # a malformed part parsed lazily
        return _fail(f"EF.CardSecurity is malformed ({exc.__class__.__name__})")
    if not keys:
        return _fail("EF.CardSecurity holds no chip authentication key")
    return _match(proof, keys, binding)


def _match(proof: CamProof, keys: list[bytes], binding: Check) -> Check:
    """PK.map.IC = CA.IC · PK.IC for one of the signed keys on the PACE curve (§4.4.3.5.2)."""
    pace_group = groups.standard(proof.parameter_id)
    unusable = None
    for der in keys:
        try:
            group, public = groups.from_key_der(der)
        except ChipError as exc:
            unusable = str(exc)
            continue
        if not isinstance(group, groups.EcGroup) or not groups.same_curve(group, pace_group):
            continue  # a key for another protocol or curve
        if not 0 < proof.ca < group.order:
            return _fail("the chip's chip authentication data is out of range")
        product = proof.ca * group.point(public, "static key in EF.CardSecurity")
        if not product.is_infinity and group.encode(product) == proof.pk_map:
            if binding.status != PASS:
                return _undecided(f"the chip holds its key, but EF.CardSecurity's issuer: {binding.message}")
            return chip_check(ID, PASS, f"{ID}.cam", curve=group.describe())
        return _fail("the chip's mapping key is not derived from the key EF.CardSecurity signs")
    if unusable:
        return _undecided(unusable)
    return _fail("EF.CardSecurity has no chip authentication key on the curve PACE used")
