"""Load a document image as greyscale pages: PNG, JPEG, TIFF (every page), BMP, WebP; and in colour for display.

EXIF orientation is honoured; 8/16-bit, grey, RGB(A), palette and CMYK images are accepted. Every input is
hostile (issue 23): the file is read once (regular files only, at most MAX_FILE_BYTES), pages are decoded one
at a time within a pixel budget per page and per file, a JPEG whose data is corrupt is called damaged rather
than read with grey filled in, and every decoder error is an ImageError with a message for the officer.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PIXELS = 80_000_000  # an A4 page at 1200 dpi is 140 Mpx of which we need far less; 80 Mpx is plenty
MAX_TOTAL_PIXELS = 120_000_000  # all pages of one file together (a 50-page TIFF is read up to this budget)
MAX_FILE_BYTES = 150 * 2**20  # a scan is a few MB; a phone photo 10; a lossless A4 TIFF at 600 dpi ~100
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


def _jpeg_luma(data: bytes) -> np.ndarray | None:
    """A complete JPEG decoded straight to its luma plane by OpenCV (libjpeg-turbo, EXIF orientation applied),
    without Pillow's copies: about 25 ms sooner on an A4 scan. Only a file that ends with the JPEG end
    marker is decoded here; a truncated one goes to Pillow, which refuses it rather than fill in grey."""
    if len(data) < 4 or data[-2:] != b"\xff\xd9":
        return None
    try:
        grey = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    except cv2.error:
        return None
    return grey if grey is not None and grey.ndim == 2 else None


def grey_filled(grey: np.ndarray) -> bool:
    """Whether a decoded JPEG's lower part is the flat mid-grey libjpeg fills in where the data is corrupt or
    missing (a damaged file that still ends with its end marker): whole rows at 128, a band of at least 2% of
    the height and 16 rows, reaching the bottom. A scan's margin is paper (light), never exactly 128 (issue 23)."""
    height = grey.shape[0]
    band = max(16, height // 50)
    if height < 2 * band:
        return False
    bottom = grey[-band:]
    return bool(np.all(np.abs(bottom.astype(np.int16) - 128) <= 1))


def read_file(path: str | Path) -> bytes:
    """The file's bytes, read once (what is examined is what is hashed and kept): regular files only — a named
    pipe would block for ever, a device such as /dev/zero would never end — and at most MAX_FILE_BYTES."""
    path = Path(path)
    if path.is_dir():
        raise EmptyFolder(f"the folder {path} holds no image to examine (PNG, JPEG, TIFF, BMP or WebP)")
    try:
        info = path.stat()  # follows a symbolic link to what it names
    except FileNotFoundError:
        raise ImageError(f"no such file: {path}" + (" (a link to nothing)" if path.is_symlink() else "")) from None
    except OSError as exc:
        raise ImageError(f"{path} cannot be read ({exc.strerror or exc})") from None
    kind = _special(info.st_mode)
    if kind:
        raise ImageError(f"{path} is {kind}, not an image file")
    if info.st_size == 0:
        raise ImageError("the file is empty")
    if info.st_size > MAX_FILE_BYTES:
        raise ImageError(f"the file is too large ({info.st_size / 2**20:.0f} MB; an image to examine is at most "
                         f"{MAX_FILE_BYTES // 2**20} MB)")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImageError(f"{path} cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(f"the file grew past {MAX_FILE_BYTES // 2**20} MB while it was read")
    return data


def _special(mode: int) -> str | None:
    import stat

    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def load(path: str | Path, first_only: bool = False) -> list[np.ndarray]:
    """Every page of the image at `path` (only the first with `first_only`), as 2-D uint8 greyscale arrays."""
    return decode(read_file(path), first_only)


class Pages(list):
    """The decoded pages; `skipped` counts the pages left undecoded to keep within the pixel budget."""
    skipped = 0


def count_pages(data: bytes) -> int:
    """How many pages the file holds (without decoding them), at most MAX_PAGES; 1 when it cannot tell."""
    import io

    try:
        with Image.open(io.BytesIO(data)) as image:
            return max(1, min(getattr(image, "n_frames", 1), MAX_PAGES))
    except Exception:  # noqa: BLE001 - only a count for the officer; decoding reports the real error
        return 1


def decode(data: bytes, first_only: bool = False) -> list[np.ndarray]:
    """The pages of an image file's bytes. Pages are decoded one at a time within a total pixel budget
    (MAX_TOTAL_PIXELS), so a many-page TIFF cannot exhaust memory; every decoder error is an ImageError."""
    import io

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in FORMATS:
                    raise ImageError(f"unsupported image format {image.format}")
                if image.format == "JPEG" and image.mode in ("RGB", "YCbCr", "L"):
                    width, height = image.size
                    if width * height > MAX_PIXELS:
                        raise ImageError(f"the image is too large ({width}×{height} pixels; at most "
                                         f"{MAX_PIXELS // 1_000_000} million)")
                    grey = _jpeg_luma(data)
                    if grey is not None:
                        if grey_filled(grey):
                            raise ImageError("the image is damaged: its lower part could not be decoded (the "
                                             "JPEG data is corrupt, filled in with grey)")
                        return [grey]
                    # Decode the luma plane only: the same grey, about 40% sooner on an A4 scan.
                    image.draft("L", image.size)
                pages, total = Pages(), 0
                for index in range(1 if first_only else min(getattr(image, "n_frames", 1), MAX_PAGES)):
                    image.seek(index)
                    width, height = image.size
                    if width * height > MAX_PIXELS:
                        raise ImageError(f"the image is too large ({width}×{height} pixels; at most "
                                         f"{MAX_PIXELS // 1_000_000} million)")
                    total += width * height
                    if total > MAX_TOTAL_PIXELS:
                        if not pages:
                            raise ImageError("the image is too large")
                        # the pages read so far are examined; the rest are said to be skipped, never hidden
                        pages.skipped = min(image.n_frames, MAX_PAGES) - index
                        break
                    pages.append(_grey(image))
                return pages
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(f"the image is too large (more than {MAX_PIXELS // 1_000_000} million pixels)") from None
    except UnidentifiedImageError:
        raise ImageError("not an image this program can read (PNG, JPEG, TIFF, BMP or WebP)") from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError, cv2.error) as exc:
        raise ImageError(f"the image is damaged or truncated ({exc})") from None


def colour(source: str | Path | bytes, index: int = 0) -> np.ndarray | None:
    """Page `index` of an image already loaded by `load` (its path, or better the bytes read), in its own
    colours (h x w x 3 RGB) for the officer to judge inks, photos and UV images by; None when the page has no
    colour (grey, 16-bit) or cannot be had. The reader keeps working on the grey page; this one has the same
    size and orientation."""
    import io

    try:
        data = source if isinstance(source, bytes) else read_file(source)
        if index == 0 and len(data) >= 4 and data[:2] == b"\xff\xd8" and data[-1:] == b"\xd9":
            bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)  # EXIF orientation applied
            return None if bgr is None else cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.seek(index)
                if image.mode in ("1", "L", "I;16", "I;16B", "I;16L", "I", "F"):
                    return None
                page = ImageOps.exif_transpose(image) if image.getexif().get(0x0112, 1) != 1 else image
                if page.mode in ("RGBA", "LA", "PA") or (page.mode == "P" and "transparency" in page.info):
                    rgba = page.convert("RGBA")
                    page = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
                return np.asarray(page.convert("RGB"), dtype=np.uint8)
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError, cv2.error, ImageError,
            Image.DecompressionBombError, Image.DecompressionBombWarning, UnidentifiedImageError):
        return None


def dropout(source: str | Path | bytes, index: int = 0) -> np.ndarray | None:
    """Page `index` with coloured print dropped out: each pixel's brightest channel, so that black ink stays dark
    and red, blue or green print (guilloche, visa-sticker colours, stamps, a red box someone drew round the
    zone) turns light — as the MRZ is read in the near infrared, where its carbon ink absorbs and coloured
    security inks vanish (Doc 9303 Part 3, the B900 band). None for a page without colour."""
    rgb = colour(source, index)
    if rgb is None:
        return None
    sample = rgb[::16, ::16].astype(np.int16)
    if int(np.abs(sample - sample[..., :1]).max(initial=0)) < 12:
        return None  # grey in all but name: nothing to drop
    return brightest(rgb)


def brightest(rgb: np.ndarray) -> np.ndarray:
    """Each pixel's brightest channel (h x w x 3, any channel order): the page with coloured print dropped."""
    a, b, c = cv2.split(np.ascontiguousarray(rgb[..., :3]))
    return cv2.max(cv2.max(a, b), c)

