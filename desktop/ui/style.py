"""Colours and symbols shared by the widgets: colour-blind-safe (Okabe-Ito), and never colour alone."""

from PySide6.QtGui import QColor

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies; each status also has its
# own shape and word, so nothing depends on colour alone.
STATUS_COLOUR = {"pass": QColor("#007a5a"), "fail": QColor("#c0392b"), "warn": QColor("#b26b00"),
                 "skip": QColor("#6b6b6b"), "unreadable": QColor("#8a5a00"), "error": QColor("#7d3c98"),
                 "unverified": QColor("#b26b00")}
STATUS_SYMBOL = {"pass": "✔", "fail": "✖", "warn": "▲", "skip": "–", "unreadable": "?", "error": "!",
                 "unverified": "▲"}
FIELD_TINT = {
    "document_code": "#e8eaf6", "issuing_state": "#e3f2fd", "names": "#f3e5f5", "document_number": "#fff3e0",
    "nationality": "#e3f2fd", "birth_date": "#e8f5e9", "sex": "#fce4ec", "expiry_date": "#e0f7fa",
    "optional_data": "#f1f8e9", "optional_data_2": "#f1f8e9", "composite": "#fffde7",
}
HIGHLIGHT = QColor("#1f4fd1")
