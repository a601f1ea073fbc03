"""The chip's face image (DG2: JPEG or JPEG 2000) decoded for display, with OpenCV (its wheel reads both)."""

from __future__ import annotations

import numpy as np


def decode(data: bytes | None) -> np.ndarray | None:
    """RGB pixels, or None when there is no image or it cannot be decoded."""
    if not data:
        return None
    import cv2

    try:
        image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    except cv2.error:
        return None
    return None if image is None else cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
