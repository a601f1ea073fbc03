"""English text for every finding, keyed by message key; the UI translates the same keys (Qt Linguist).

Templates use str.format fields: the check's params, plus `label` (the field's name in words),
`actual` and `expected`.
"""

from __future__ import annotations

LABELS = {
    "document_code": "Document code", "issuing_state": "Issuing State", "document_number": "Document number",
    "birth_date": "Date of birth", "sex": "Sex", "expiry_date": "Date of expiry", "nationality": "Nationality",
    "surname": "Surname", "given_names": "Given names", "optional_data": "Optional data",
    "optional_data_2": "Optional data (line 2)", "composite": "Composite", "names": "Name", "layout": "Layout",
    "chip": "Chip",
}

TEMPLATES = {
    # Reading an image (desktop.reader): what the reader saw and what it changed
    "input.image": "The image cannot be examined: {detail}",
    "input.pages_skipped": "Pages {first}–{last} of this file were not examined: together they hold more than "
                           "{budget} million pixels; split the file and examine the rest",
    "input.empty_folder": "The folder {folder} holds no image to examine (PNG, JPEG, TIFF, BMP or WebP)",
    "reading.not_found": "No MRZ was found in the image",
    "reading.layout": "The characters read do not form an MRZ layout",
    "reading.correction.field_type": "Read '{read}' as '{chosen}': only {kind} belong here, and the image "
                                     "allows '{chosen}'",
    "reading.uncertain": "Uncertain reading of '{char}' (confidence {percent}%)",
    "reading.unprotected": "The reading is uncertain at {where}, where no check digit can confirm it (a name or "
                           "code): re-scan the document or type the MRZ by hand before judging it",
    "reading.too_uncertain": "The reading is uncertain where the document fails: re-scan the document or type "
                             "the MRZ by hand before judging it",
    # Why a page is unreadable (desktop.reader.diagnose), first cause that applies
    "reading.reason.edge": "The machine readable zone is cut off at the {edge} edge of the image: place the "
                           "whole document on the scanner",
    "reading.reason.too_small": "The image is too small: the MRZ characters are {px} px high (at least {min} "
                                "needed); scan at 300 dpi or photograph closer",
    "reading.reason.image_small": "The image is too small ({width}×{height} pixels, under {min} on its long "
                                  "side) to find an MRZ in: scan at 300 dpi or photograph closer",
    "reading.reason.blurred": "The image is blurred (edges spread over {px} px): hold the document and the "
                              "camera still, or re-scan",
    "reading.reason.glare": "Glare washes out part of MRZ line {line}: tilt the document or switch off the "
                            "flash, then re-scan",
    "reading.reason.marked": "A stamp, overprint or stroke crosses the MRZ (line {line}, character {col}): the "
                             "characters under it cannot be read with confidence — compare them with the page "
                             "by eye and type the MRZ, or read the chip",
    "reading.reason.no_mrz": "No MRZ-like text was found: make sure the page with the two or three lines of "
                             "<<< is scanned, the right way in",
    "reading.reason.uncertain": "The characters could not be read with confidence: re-scan the document or "
                                "type the MRZ by hand",
    # The MRZ against the printed data (desktop.checks.viz)
    "viz.pass": "{label}: printed '{viz}', as in the MRZ ('{mrz}')",
    "viz.mismatch": "{label}: printed '{viz}', but the MRZ says '{mrz}' — the MRZ or the data page has been "
                    "altered or substituted",
    "viz.unsure": "{label}: printed '{viz}' (read with low confidence) differs from the MRZ '{mrz}': compare "
                  "them by eye",
    "viz.name.variant": "{label}: the printed '{viz}' gives '{mrz}' by no transliteration table we know; States "
                        "transliterate differently: compare by eye",
    "viz.unparsed": "{label}: the printed '{viz}' could not be interpreted: compare it with the MRZ '{mrz}' by "
                    "eye",
    "viz.nationality.other": "{label}: printed '{viz}', MRZ code {mrz}: compare by eye",
    "viz.not_read": "{label}: not found in the printed data",
    "viz.elsewhere": "{label}: the value read beside its label ('{viz}') differs from the MRZ, but the MRZ's "
                     "'{mrz}' is printed elsewhere on the page: compare them by eye",
    "viz.substituted.fail": "The MRZ's surname ({surname}), document number ({number}) and date of birth ({birth}) "
                            "are printed nowhere on this page, though {lines} lines of it were read clearly: the "
                            "MRZ or the data page has been substituted",
    "viz.substituted.pass": "The printed page shows the MRZ's own data ({count} of surname, document number, date "
                            "of birth found in the printed text)",
    "viz.layout_differs": "{label}: not compared — the printed data is not laid out as in the reference specimen",
    "viz.no_layout": "The printed data was not compared: no reference specimen of this document shows where "
                     "its fields are",
    "viz.other_side": "The printed data is on the other side of this document: examine that side too",
    "viz.no_ocr": "The printed data was not compared: the text recogniser is not installed",
    # Input and layout (Part 3 §4)
    "input.empty": "No MRZ text was given",
    "input.binary": "The file is not text: {detail}",
    "input.too_large": "The input is too large to be an MRZ ({size} bytes; at most {limit})",
    "input.unreadable_file": "The file cannot be read: {detail}",
    "layout.charset.pass": "Only MRZ characters (A–Z, 0–9, <)",
    "layout.charset.fail": "'{chars}' at line {line}, column {col} is not an MRZ character (only A–Z, 0–9 and <)",
    "layout.charset.more": "… and {count} more places with characters that are not MRZ characters",
    "layout.shape.pass": "{lines} lines of {length} characters: {format}",
    "layout.shape.length": "Line {line} has {length} characters; a {format} line has {expected}",
    "layout.shape.count": "{lines} line(s): no MRZ format has this many lines (TD1 has 3, the others 2)",
    "field.charset.pass": "{label} holds only {kind}",
    "field.charset.fail": "{label} '{actual}' may hold only {kind}{fillers}",
    "field.filler.fail": "{label} '{actual}': characters after the filler; a field is filled from the left",
    "field.filler.leading": "{label} '{actual}' starts with a filler; a field is filled from the left",
    "field.filler.empty": "{label} is empty",
    # Document code (Parts 4-8)
    "document_code.type.pass": "Document code {actual} is valid for {format}",
    "document_code.type.fail": "Document code {actual}: a {format} document code starts with {allowed}",
    "document_code.type.pu.pass": "PU: single-sheet emergency travel document (Part 8)",
    "document_code.type.pu.fail": "Document code {actual}: a 2×36 document starting with P must be PU "
                                  "(emergency travel document)",
    "document_code.second.harmonised": "Second letter of {actual}: {meaning} (Part 4 §4.4)",
    "document_code.second.after_2038": "{actual} has no harmonised second letter, yet expires {expiry}: "
                                       "such passports must expire before 1 January 2038 (Part 4 §4.4)",
    "document_code.second.none": "No second letter in the document code (allowed for passports issued "
                                 "before 2028)",
    "document_code.second.legacy": "Second letter {letter} is a national code, not one of Part 4 §4.4 "
                                   "(allowed for passports issued before 2026)",
    "document_code.second.v": "The second letter of a TD1/TD2 document code may not be V",
    "document_code.second.ai": "AI is not allowed as a TD1 document code",
    "document_code.second.ac.pass": "AC: crew member certificate (Part 5 App. C)",
    "document_code.second.ac.fail": "AC (crew member certificate) exists only in TD1 size",
    "deviation.document_code_digit.warn": "Document code {actual}: a digit as its second character is not ICAO "
                                          "(letters only), but some States print one (the US permanent "
                                          "resident card prints C1): a known deviation",
    "deviation.document_code.warn": "Known deviation: {code} from {state} is a {what}; not an ICAO code",
    # Issuing State and nationality (Part 3 §5)
    "state.live": "{label} {code}: {country}",
    "state.specimen": "{label} {code}: the ICAO specimen State (Utopia); no real document carries it",
    "state.deprecated": "{label} {code}: deprecated code ({country})",
    "state.non_icao": "{label} {code}: not an ICAO code ({country})",
    "state.non_code": "{label} {code} is not a code: {country}",
    "state.fantasy": "{label} {code}: {country} — a fantasy document, issued by no State",
    "state.icao_only": "{label} {code}: used by ICAO only to sign master lists; never on a document",
    "state.withdrawn": "{label} {code}: withdrawn code ({country}); not valid on a current document",
    "state.unknown": "{label} '{code}' is not an ICAO State or organisation code",
    # Check digits (Part 3 §4.9)
    "check_digit.pass": "{label} check digit {printed} is correct",
    "check_digit.fail": "{label} check digit is {printed}, but the data gives {digit}",
    "check_digit.not_digit": "{label} check digit position holds '{printed}', not a digit (the data gives "
                             "{digit})",
    "check_digit.uncomputable": "{label} check digit cannot be computed: the data holds characters outside "
                                "the MRZ set",
    "check_digit.optional_data.filler_empty": "Optional data is empty and its check digit is '<' (allowed, "
                                              "Part 4 §4.2.2.2)",
    "check_digit.long_missing": "'<' at the document-number check digit announces a long number, but no "
                                "continuation and check digit follow in the optional data",
    "check_digit.long_pass": "Long document number: check digit {printed} is correct (ICAO rule)",
    "check_digit.long_fail": "Long document number: check digit is {printed}, but the data gives {digit} "
                             "(ICAO rule; the Belgian variant gives {belgian})",
    "deviation.belgian_long_number.warn": "Known deviation: long-number check digit {printed} matches the "
                                          "Belgian variant (filler at position 15 included), not the ICAO "
                                          "rule ({icao})",
    "document_number.long.pass": "Long document number {number} (continues in the optional data)",
    # Dates (Part 3 §4.8)
    "birth_date.valid.unknown": "Date of birth partly or wholly unknown ('{actual}', allowed by Part 3 §4.8)",
    "expiry_date.valid.unknown": "Date of expiry '{actual}' holds fillers: it must be a full date",
    "birth_date.valid.zero": "Date of birth '{actual}' uses 00 for an unknown month or day: tolerated",
    "date.not_real": "{label} '{text}' is not a real calendar date",
    "date.real": "{label} {date}",
    "birth_date.age.pass": "Age {age}",
    "birth_date.age.warn": "Age {age}: very old — or the birth date is in the future; check the century",
    "expiry_date.not_expired.pass": "Valid until {date} ({days} days left)",
    "expiry_date.not_expired.fail": "Expired on {date}, {days} days before {today}",
    "expiry_date.validity.warn": "Expires more than {years} years from today ({date}): unusually long",
    "expiry_date.after_birth.pass": "Expiry {date} is after the date of birth",
    "expiry_date.after_birth.fail": "Expiry {date} is not after the date of birth {birth}",
    # Sex (Part 4 note p)
    "sex.value.pass": "Sex '{value}'",
    "sex.value.x": "Sex 'X' is not ICAO in the MRZ ('<' means unspecified); accepted",
    "sex.value.fail": "Sex '{value}' is not F, M or <",
    # Names (Part 3 §4.6)
    "names.digits.fail": "Digits '{actual}' in the name: names have no numerals (Part 3 §4.6)",
    "names.structure.pass": "Name layout: primary identifier, '<<', secondary identifier, fillers",
    "names.structure.empty": "The name field is empty",
    "names.structure.start": "The name does not start with a letter",
    "names.trailing.fail": "Stray characters '{actual}' after the name's filler run",
    "names.empty_primary.warn": "Known deviation: empty primary identifier (name given as secondary only, "
                                "as India prints it); not ICAO-conformant",
    "names.truncation.warn": "The name reaches the last position of its field: it may be truncated",
    # The chip (desktop.chip; Doc 9303 Part 11 access, Part 12 passive authentication)
    "chip.access.pass": "The chip opened with the access key from the MRZ ({protocol})",
    "chip.access.fail": "The chip refused the access key from the MRZ: {detail}",
    "chip.access.pace": "The chip offers {pace}, which this tool does not support; it was opened with BAC, which "
                        "it also offers",
    "chip.access.can": "The chip opened with the card access number ({protocol})",
    "chip.access.pace_failed": "PACE did not complete ({detail}); the chip was opened with BAC",
    "chip.read.error": "The chip could not be read: {detail}",
    "chip.sod_signature.pass": "The security object (EF.SOD) verifies with its Document Signer certificate: {ds}",
    "chip.sod_signature.fail": "The security object's signature does not verify ({detail}): the chip's data "
                               "cannot be trusted",
    "chip.sod_signature.warn": "The security object's signature cannot be checked by this tool: {detail}",
    "chip.sod_signature.missing": "The chip holds no security object (EF.SOD): its data is not signed",
    "chip.csca_chain.pass": "The Document Signer certificate is issued by a trusted CSCA: {csca}",
    "chip.csca_chain.warn": "The signature cannot be traced to a trusted State: {detail}",
    "chip.csca_chain.fail": "The Document Signer certificate does not chain to a trusted CSCA: {detail}",
    "chip.certificate_validity.warn": "The {which} certificate expired on {date}: a document signed while it "
                                      "was valid stays valid, but check the document's own dates",
    "chip.issuer_state.pass": "The Document Signer and its CSCA belong to the issuing State {code} ({country})",
    "chip.issuer_state.ds_only": "The Document Signer belongs to the issuing State {code} ({country}); its CSCA "
                                 "is not known",
    "chip.issuer_state.fail": "The chip is signed by certificates of {country}, but the document's issuing State "
                              "is {code}: a signer of one State cannot vouch for another's document",
    "chip.issuer_state.warn": "Whether the signer ({country}) belongs to the issuing State {code} cannot be "
                              "decided by this tool",
    "chip.issuer_state.mixed": "The Document Signer ({ds}) and its CSCA ({csca}) belong to different States",
    "chip.issuer_state.no_state": "No MRZ or DG1 names the issuing State: the signer's State is not compared",
    "chip.data_groups.none": "No data group was saved with the security object: only its signature and chain "
                             "are verified",
    "chip.dg_hash.pass": "DG{number} ({what}) matches its hash in the security object",
    "chip.dg_hash.fail": "DG{number} ({what}) does not match its hash in the security object: the chip's data "
                         "has been altered",
    "chip.dg_hash.unsigned": "DG{number} ({what}) is on the chip but not in the security object: unsigned data",
    "chip.dg1_matches_mrz.pass": "The chip's MRZ (DG1) is the same as the MRZ read from the page",
    "chip.dg1_matches_mrz.fail": "The chip's MRZ (DG1) differs from the printed MRZ at {count} position(s) "
                                 "({where}): the data page and the chip do not belong together",
    "chip.dg1_matches_mrz.absent": "The MRZ cannot be compared with the chip: no readable DG1 was saved",
    "chip.dg1_matches_mrz.warn": "The chip's MRZ (DG1) differs from the MRZ read from the page only where the "
                                 "reading was uncertain ({where}): re-scan or compare by eye",
    "chip.dg11_name.pass": "The chip's full name (DG11: {name}) agrees with the name in the MRZ",
    "chip.dg11_name.warn": "The chip's full name (DG11: {name}) does not agree with the MRZ's name ({mrz}) even "
                           "allowing for transliteration: compare it with the printed name by eye",
    # a few words after "Chip fails:" in the document's verdict
    "chip.summary.copy": "a copy of another chip",
    "chip.summary.altered": "its data altered since signing",
    "chip.summary.signature": "not signed by the issuing State",
    "chip.summary.state": "signed by another State",
    "chip.summary.page": "its MRZ differs from the page",
    "chip.summary.access": "it refused the access key",
    # Clone detection (Part 11 §6.1 Active Authentication, §6.2 Chip Authentication)
    "chip.active_authentication.pass": "Active Authentication: the chip signed our challenge with the key in DG15 "
                                       "({scheme}): it is not a copy",
    "chip.active_authentication.failed": "Active Authentication failed ({detail}): the chip does not hold the key "
                                         "of its own DG15 — a copy of another chip's data",
    "chip.active_authentication.refused": "The chip refused Active Authentication ({detail}) although its DG15 "
                                          "holds a key: a genuine chip answers — treat it as a copy",
    "chip.active_authentication.unusable": "Active Authentication cannot be checked by this tool: {detail}",
    "chip.active_authentication.uncovered": "The chip holds the key in DG15 ({scheme}), but DG15 is not vouched "
                                            "for by the security object: not proof that the chip is genuine",
    "chip.active_authentication.absent": "The chip has no Active Authentication key (DG15)",
    "chip.active_authentication.saved": "Active Authentication needs the chip itself: a saved read cannot show "
                                        "that it came from the genuine chip",
    "chip.chip_authentication.pass": "Chip Authentication: the chip agreed new keys with the key in DG14 "
                                     "({protocol}): it is not a copy",
    "chip.chip_authentication.failed": "Chip Authentication failed ({detail}): the chip does not hold the key of "
                                       "its own DG14 — a copy of another chip's data",
    "chip.chip_authentication.refused": "The chip refused Chip Authentication ({detail}) although its DG14 "
                                        "offers it: a genuine chip answers — treat it as a copy",
    "chip.chip_authentication.unusable": "Chip Authentication cannot be checked by this tool: {detail}",
    "chip.chip_authentication.uncovered": "The chip holds the key in DG14 ({protocol}), but DG14 is not vouched "
                                          "for by the security object: not proof that the chip is genuine",
    "chip.chip_authentication.absent": "The chip offers no Chip Authentication (no key in DG14)",
    "chip.chip_authentication.cam": "Chip Authentication by PACE-CAM: the chip proved it holds the key its signed "
                                    "EF.CardSecurity names ({curve}): it is not a copy",
    "chip.chip_authentication.cam_failed": "Chip Authentication by PACE-CAM failed ({detail}): treat the chip as a "
                                           "copy of another chip's data",
    "chip.chip_authentication.cam_unusable": "Chip Authentication by PACE-CAM cannot be decided by this tool: "
                                             "{detail}",
}


EMPTY = "(empty)"


def fill(template: str, params: dict, empty: str = EMPTY) -> str:
    """`template` with `params`; a quoted value that is empty reads as "(empty)", never as '' (issue 23:
    "Nationality '' is not an ICAO State" says nothing an officer can use). Raises as str.format does."""
    quoted = {name for name, value in params.items() if value == "" and f"'{{{name}}}'" in template}
    for name in quoted:
        template = template.replace(f"'{{{name}}}'", empty)
    return template.format(**params)


def render(key: str, params: dict) -> str:
    """The English message for `key`; a missing template or parameter never raises."""
    template = TEMPLATES.get(key, key)
    try:
        return fill(template, params)
    except (KeyError, IndexError, ValueError):
        return template
