"""Load a document image as greyscale pages: PNG, JPEG, TIFF (every page), BMP, WebP; and in colour for display.

EXIF orientation is honoured; 8/16-bit, grey, RGB(A), palette and CMYK images are accepted. A pixel-count
limit stops decompression bombs. Anything else raises ImageError with a message for the officer.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PIXELS = 80_000_000  # an A4 page at 1200 dpi is 140 Mpx of which we need far less; 80 Mpx is plenty
MAX_PAGES = 50
FORMATS = {"PNG", "JPEG", "MPO", "TIFF", "BMP", "WEBP"}


Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow warns past this and refuses past twice it: both are refused here


class ImageError(Exception):
    """The file cannot be examined as an image; the message says why, in words for the user."""


class EmptyFolder(ImageError):
    """A folder was given where images were expected, and it holds none."""


def _grey(page: Image.Image) -> np.ndarray:
    if page.getexif().get(0x0112, 1) != 1:  # EXIF orientation: turn the page as the camera meant it
        page = ImageOps.exif_transpose(page)
    if page.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit scans: scale to 8 bits by the page's own range so faint scans keep their contrast.
        data = np.asarray(page, dtype=np.float64)
        low, high = np.percentile(data, (0.5, 99.5))
        return np.clip((data - low) * 255.0 / max(high - low, 1.0), 0, 255).astype(np.uint8)
    if page.mode in ("RGBA", "LA", "PA") or (page.mode == "P" and "transparency" in page.info):
        rgba = page.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        page = Image.alpha_composite(white, rgba)  # transparent areas read as paper, not as ink
    return np.asarray(page if page.mode == "L" else page.convert("L"), dtype=np.uint8)


def _jpeg_luma(path: Path) -> np.ndarray | None:
    """A complete JPEG decoded straight to its luma plane by OpenCV (libjpeg-turbo, EXIF orientation applied),
    without Pillow's copies: about 25 ms sooner on an A4 scan. Only a file that ends with the JPEG end
    marker is decoded here; a truncated one goes to Pillow, which refuses it rather than fill in grey."""
    data = np.fromfile(path, np.uint8)
    if data.size < 4 or data[-2] != 0xFF or data[-1] != 0xD9:
        return None
    grey = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    return grey if grey is not None and grey.ndim == 2 else None


def load(path: str | Path) -> list[np.ndarray]:
    """Every page of the image at `path`, as 2-D uint8 greyscale arrays."""
    path = Path(path)
    if path.is_dir():
        raise EmptyFolder(f"the folder {path} holds no image to examine (PNG, JPEG, TIFF, BMP or WebP)")
    if not path.is_file():
        raise ImageError(f"no such file: {path}")
    if path.stat().st_size == 0:
        raise ImageError("the file is empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.format not in FORMATS:
                    raise ImageError(f"unsupported image format {image.format}")
                if image.format == "JPEG" and image.mode in ("RGB", "YCbCr", "L"):
                    width, height = image.size
                    if width * height > MAX_PIXELS:
                        raise ImageError(f"the image is too large ({width}×{height} pixels; at most "
                                         f"{MAX_PIXELS // 1_000_000} million)")
                    grey = _jpeg_luma(path)
                    if grey is not None:
                        return [grey]
                    # Decode the luma plane only: the same grey, about 40% sooner on an A4 scan.
                    image.draft("L", image.size)
                pages = []
                for index in range(min(getattr(image, "n_frames", 1), MAX_PAGES)):
                    image.seek(index)
                    width, height = image.size
                    if width * height > MAX_PIXELS:
                        raise ImageError(f"the image is too large ({width}×{height} pixels; at most "
                                         f"{MAX_PIXELS // 1_000_000} million)")
                    pages.append(_grey(image))
                return pages
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(f"the image is too large (more than {MAX_PIXELS // 1_000_000} million pixels)") from None
    except UnidentifiedImageError:
        raise ImageError("not an image this program can read (PNG, JPEG, TIFF, BMP or WebP)") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageError(f"the image is damaged or truncated ({exc})") from None


def colour(path: str | Path, index: int = 0) -> np.ndarray | None:
    """Page `index` of an image already loaded by `load`, in its own colours (h x w x 3 RGB) for the officer to
    judge inks, photos and UV images by; None when the page has no colour (grey, 16-bit) or cannot be had.
    The reader keeps working on the grey page; this one has the same size and orientation."""
    try:
        data = np.fromfile(path, np.uint8)
        if index == 0 and data.size >= 4 and data[0] == 0xFF and data[1] == 0xD8 and data[-1] == 0xD9:
            bgr = cv2.imdecode(data, cv2.IMREAD_COLOR)  # EXIF orientation applied, as for the grey page
            return None if bgr is None else cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                image.seek(index)
                if image.mode in ("1", "L", "I;16", "I;16B", "I;16L", "I", "F"):
                    return None
                page = ImageOps.exif_transpose(image) if image.getexif().get(0x0112, 1) != 1 else image
                if page.mode in ("RGBA", "LA", "PA") or (page.mode == "P" and "transparency" in page.info):
                    rgba = page.convert("RGBA")
                    page = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
                return np.asarray(page.convert("RGB"), dtype=np.uint8)
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, UnidentifiedImageError):
        return None
