"""Text from outside (file names, officer names, notes, sidecars) made safe to show: control characters and
bidirectional overrides written as visible escapes, so that a file name holding a newline or a terminal escape
cannot forge a line of `check` or `log list` output, and U+202E cannot reverse a name in a case report
(issue 23). Used by the command line and the case report alike."""

from __future__ import annotations

import unicodedata

# bidirectional embeddings, overrides and isolates, and the marks (Unicode TR #9)
BIDI = {"\u061c", "\u200e", "\u200f", *(chr(c) for c in range(0x202A, 0x202F)), *(chr(c) for c in range(0x2066, 0x206A))}


def shown(text: object) -> str:
    """`text` with every control character, bidi control and other format character escaped (\\n, \\x1b,
    \\u202e); printable text, any script, unchanged."""
    out = []
    for ch in str(text):
        if ch in BIDI or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            code = ord(ch)
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (f"\\x{code:02x}" if code < 0x100 else
                                                                           f"\\u{code:04x}"))
        else:
            out.append(ch)
    return "".join(out)
