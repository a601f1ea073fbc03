"""Generate document pages for reader tests and benchmarks: TD1, TD2, TD3, MRV-A and MRV-B, fictional data only.

Each page is a drawn document (guilloche background, portrait placeholder, VIZ labels and values, OCR-B MRZ
with correct check digits unless tampered; a TD1 card is drawn from the back, where Part 5 puts its MRZ) put through one of four kinds of capture:
  clean  the document itself at 300 dpi;
  scan   on an A4 flatbed page: 0/90/180/270 rotation, up to 4 degrees skew, mild blur and noise;
  photo  on a table: perspective, up to 20 degrees rotation, uneven light, glare, blur, JPEG;
  hard   low resolution (MRZ pitch 9-13 px), strong JPEG artefacts, blur and noise;
  large  a clean colour scan of the page 2400 px wide (JPEG), drawn in a third-party style (below);
  web    a small colour web image, 400-600 px on the long side (JPEG), in a third-party style.
  typeface  a colour scan 1200-2000 px wide whose MRZ is set in an OCR-B look-alike (a monospaced or a bold sans
         face at the MRZ pitch, as mock-ups, web templates and some issuers print it), glyphs narrow to normal
         (a letter-spaced look), in a third-party style (issue 21).
  wide   the MRZ lines far apart — a gap of one to two line heights between them, as sticker visas and some
         issuers print them — on a coloured band, a 1200-2000 px colour scan (issue 21).
The classes of the held-out misses of issue 21, each its own kind:
  visa      an MRV-A or MRV-B sticker (colourful gradient and guilloche, lines often far apart) pasted on a
            passport booklet page with stamps and text, scanned 1200-2000 px;
  twosided  a TD1 card scanned front above back on one page, bilingual Latin/Cyrillic/Arabic text, 900-1800 px;
  small     a 350-600 px web copy of any document, bilingual VIZ lines around (a character 7-10 px tall);
  phone     a phone photo of an open booklet on a table (the upper page above the data page), turned up to
            25 degrees with perspective, a screen's status and button bars around it;
  turned    a clean colour scan turned 90, 180 or 270 degrees, sometimes a red box drawn round the MRZ;
  overprint a vertical SPECIMEN overprint touching the first characters, a round stamp crossing the MRZ.
A share of documents carries one deliberately wrong check digit (`tampered`).

Third-party styles (what the misses on other people's pages show, issue 11): the MRZ on a coloured guilloche
band, a dark ornament band or a VIZ text line close above the zone, line spacing from tight to wide within the
ICAO tolerance, and other OCR-B renderings (stroke weight, width, bitmap-like laser engraving).

    python bench/pagegen.py OUT_DIR [--count 40] [--seed 1] [--kinds K ...]
                                                   (writes OUT_DIR/<kind>/NNN.jpg + truth.jsonl)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import string
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.checks import compose, formats
from desktop.paths import resource

DPI = 300
MM = DPI / 25.4
# Document sizes in mm (Doc 9303 Parts 4-7) and the MRZ's line count.
SIZES = {"TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "TD3": (125.0, 88.0), "MRVA": (120.0, 80.0),
         "MRVB": (105.0, 74.0)}
CODES = {"TD1": "I<", "TD2": "I<", "TD3": "P<", "MRVA": "V<", "MRVB": "V<"}
KINDS = ("clean", "scan", "photo", "hard", "large", "web", "typeface", "wide", "visa", "twosided", "small", "phone",
         "turned", "overprint")
STYLED = ("large", "web", "typeface", "wide", "visa", "twosided", "small", "phone", "turned", "overprint")
# Neighbouring text in other scripts (DejaVu Sans draws Cyrillic and Arabic letters)
CYRILLIC = ["Овог", "Нэр", "Төрсөн огноо", "Хүйс", "Иргэншил", "Паспортын дугаар", "Олгосон газар", "Хүчинтэй хугацаа",
            "ФАМИЛИЯ", "ИМЯ", "ДАТА РОЖДЕНИЯ", "МЕСТО ВЫДАЧИ"]
ARABIC = ["اللقب", "الاسم", "تاريخ الميلاد", "الجنسية", "رقم الجواز", "تاريخ الانتهاء", "مكان الإصدار"]
# OCR-B look-alikes (DejaVu, installed with the system's fonts; the bundled DejaVuSans-Bold as a fallback)
FACES = {"mono-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
         "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
         "sans-bold": str(resource("fonts", "DejaVuSans-Bold.ttf"))}
# Look-alikes the recogniser is trained on (tools/cells.py sets TRAINING): other families than the dev pages'
# DejaVu, so that the `typeface` dev pages measure typefaces the recogniser has never seen. Debian packages
# fonts-croscore fonts-liberation2 fonts-freefont-ttf fonts-noto-mono fonts-inconsolata fonts-hack
# fonts-jetbrains-mono fonts-firacode (`make train` installs them; missing ones are skipped).
TRAIN_FACES = {name: f"/usr/share/fonts/truetype/{path}" for name, path in {
    "cousine": "croscore/Cousine-Regular.ttf", "cousine-bold": "croscore/Cousine-Bold.ttf",
    "liberation-mono": "liberation2/LiberationMono-Regular.ttf",
    "liberation-mono-bold": "liberation2/LiberationMono-Bold.ttf",
    "freemono-bold": "freefont/FreeMonoBold.ttf", "freesans-bold": "freefont/FreeSansBold.ttf",
    "noto-mono": "noto/NotoMono-Regular.ttf", "noto-sans-mono-bold": "noto/NotoSansMono-Bold.ttf",
    "inconsolata": "inconsolata/Inconsolata.otf",
    "hack": "hack/Hack-Regular.ttf", "hack-bold": "hack/Hack-Bold.ttf",
    "jetbrains": "jetbrains-mono/JetBrainsMono-Regular.ttf", "jetbrains-bold": "jetbrains-mono/JetBrainsMono-Bold.ttf",
    "fira": "firacode/FiraCode-Regular.ttf", "fira-bold": "firacode/FiraCode-Bold.ttf"}.items()}
TRAINING = False  # set by tools/cells.py: look-alikes from TRAIN_FACES, and now and then on any styled page
STATES = ["UTO", "MNG", "D", "FRA", "GBR", "USA", "CHN", "RUS", "KAZ", "JPN", "KOR", "IND", "CAN", "AUS", "BRA"]
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass
class Page:
    image: np.ndarray  # greyscale or BGR uint8
    mrz: list[str]
    fmt: str
    kind: str
    tampered: bool
    style: dict | None = None


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choices(string.ascii_uppercase, k=rng.randint(low, high)))


def random_data(rng: random.Random, fmt: str) -> compose.Data:
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(27_000))
    expiry = dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(3_500))
    number = rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.digits + string.ascii_uppercase,
                                                                      k=rng.randint(6, 8)))
    given = " ".join(_word(rng, 3, 8) for _ in range(rng.randint(1, 2)))
    optional = "".join(rng.choices(string.digits, k=rng.randint(0, 9))) if fmt in ("TD3", "TD1") else ""
    return compose.Data(CODES[fmt], rng.choice(STATES), _word(rng, 4, 12), given, number, rng.choice(STATES),
                        birth.strftime("%y%m%d"), rng.choice("FM"), expiry.strftime("%y%m%d"), optional)


def tamper(rng: random.Random, fmt: str, lines: list[str]) -> list[str]:
    """Change one check digit to a wrong value, as a clumsy forger or a wrong printer would."""
    digit = rng.choice([d for d in formats.BY_NAME[fmt].digits])
    row = lines[digit.line]
    old = row[digit.pos]
    new = str((int(old) + rng.randint(1, 9)) % 10) if old.isdigit() else str(rng.randint(1, 9))
    out = list(lines)
    out[digit.line] = row[:digit.pos] + new + row[digit.pos + 1:]
    return out


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return ImageFont.load_default(size)


def _guilloche(draw: ImageDraw.ImageDraw, w: int, h: int, rng: random.Random) -> None:
    colour = tuple(rng.randint(150, 215) for _ in range(3))
    for k in range(14):
        phase, amp, freq = rng.random() * 6.28, h * rng.uniform(0.03, 0.12), rng.uniform(1.5, 5)
        base = h * (k + 0.5) / 14
        pts = [(x, base + amp * math.sin(freq * x / w * 6.28 + phase)) for x in range(0, w, 6)]
        draw.line(pts, fill=colour, width=2)


def _data_page(draw: ImageDraw.ImageDraw, w: int, h: int, fmt: str, data: compose.Data,
               rng: random.Random | None = None, variety: random.Random | None = None) -> None:
    """Portrait and VIZ of a data page (TD2, TD3, visas); with `rng`, labels in two scripts (Latin and
    Cyrillic or Arabic), as bilingual documents print them."""
    # Portrait placeholder: a drawn head and shoulders, never a photograph.
    px, py, pw = int(0.05 * w), int(0.16 * h), int(0.26 * w)
    draw.rectangle([px, py, px + pw, py + int(pw * 1.28)], fill=(200, 205, 210))
    draw.ellipse([px + pw * 0.28, py + pw * 0.2, px + pw * 0.72, py + pw * 0.75], fill=(150, 140, 135))
    draw.pieslice([px + pw * 0.05, py + pw * 0.8, px + pw * 0.95, py + pw * 1.8], 180, 360, fill=(90, 95, 110))
    title, label, value = _font(SANS, int(h * 0.06)), _font(SANS, int(h * 0.028)), _font(SANS, int(h * 0.04))
    draw.text((int(0.35 * w), int(0.04 * h)), {"TD3": "PASSPORT", "MRVA": "VISA", "MRVB": "VISA"}.get(fmt, "IDENTITY CARD")
              + f"  {data.issuing_state}", font=title, fill=(40, 40, 90))
    fields = [("Surname", data.surname), ("Given names", data.given_names), ("Nationality", data.nationality),
              ("Date of birth", data.birth_date), ("Document no.", data.document_number),
              ("Date of expiry", data.expiry_date)]
    if variety is not None:  # the printed data as States print it: labels in their styles, dates as dates
        fields = _varied_fields(fields, variety)
    y = int(0.16 * h)
    for name, text in fields:
        if rng is not None and variety is None:
            name = f"{rng.choice(CYRILLIC + ARABIC)} / {name}"
        draw.text((int(0.35 * w), y), name, font=label, fill=(70, 70, 110))
        draw.text((int(0.36 * w), y + int(h * 0.03)), text, font=value, fill=(20, 20, 20))
        y += int(h * 0.085)
        if y > 0.62 * h:
            break


# Label styles of issue 22's held-out layouts: bilingual with a slash, numbered, the national language over
# English, French first; dates in the printed forms States use.
LABEL_STYLES = {
    "Surname": ("Surname", "Nom / Surname", "1. Surname / Nom", "Овог / Surname", "Apellidos / Surname"),
    "Given names": ("Given names", "Prénoms / Given names", "2. Given names / Prénoms", "Нэр / Given names",
                    "Nombres / Given names"),
    "Nationality": ("Nationality", "Nationalité / Nationality", "3. Nationality", "Иргэншил / Nationality",
                    "Nacionalidad / Nationality"),
    "Date of birth": ("Date of birth", "Date de naissance / Date of birth", "4. Date of birth",
                      "Төрсөн огноо / Date of birth", "Fecha de nacimiento / Date of birth"),
    "Document no.": ("Passport No.", "No du passeport / Passport No.", "5. Document No.",
                     "Паспортын дугаар / Passport No.", "Document number"),
    "Date of expiry": ("Date of expiry", "Date d'expiration / Date of expiry", "6. Date of expiry",
                       "Хүчинтэй хугацаа / Date of expiry", "Fecha de caducidad / Date of expiry"),
}
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _printed_date(yymmdd: str, rng: random.Random, birth: bool) -> str:
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    year = (1900 + yy if yy > 30 else 2000 + yy) if birth else 2000 + yy
    month = _MONTHS[mm - 1]
    return rng.choice([f"{dd:02d} {month} {year}", f"{dd:02d}.{mm:02d}.{year}", f"{dd:02d} {month}/{month} {yy:02d}",
                       f"{year}-{mm:02d}-{dd:02d}", f"{dd:02d}/{mm:02d}/{year}"])


def _varied_fields(fields: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    style = rng.randrange(5)
    out = []
    for name, text in fields:
        if name in ("Date of birth", "Date of expiry"):
            text = _printed_date(text, rng, name == "Date of birth")
        out.append((LABEL_STYLES[name][style], text))
    return out


def _card_back(draw: ImageDraw.ImageDraw, w: int, h: int, data: compose.Data) -> None:
    """The back of a TD1 card, where Part 5 puts the MRZ: a few lines of VIZ above it, no portrait."""
    label, value = _font(SANS, int(h * 0.045)), _font(SANS, int(h * 0.055))
    rows = [("Place of birth", "UTOPIA CITY"), ("Authority", f"{data.issuing_state} MINISTRY OF INTERIOR")]
    y = int(0.06 * h)
    for name, text in rows:
        draw.text((int(0.06 * w), y), name, font=label, fill=(70, 70, 110))
        draw.text((int(0.07 * w), y + int(h * 0.05)), text, font=value, fill=(20, 20, 20))
        y += int(h * 0.12)


def _band(draw: ImageDraw.ImageDraw, w: int, top: float, bottom: float, rng: random.Random) -> None:
    """A coloured guilloche band behind the MRZ (a German-style orange, a green, a blue): a tint with dense
    fine waves, mid-tone so that the ink still stands out as it does on real pages."""
    tint = rng.choice([(246, 205, 160), (200, 232, 200), (205, 220, 245), (240, 210, 225)])
    draw.rectangle([0, top, w, bottom], fill=tint)
    wave = tuple(max(0, c - rng.randint(40, 70)) for c in tint)
    for k in range(int((bottom - top) / 6)):
        phase, amp = rng.random() * 6.28, rng.uniform(4, 14)
        base = top + 6 * k + 3
        draw.line([(x, base + amp * math.sin(x / rng.uniform(20, 50) + phase)) for x in range(0, w, 4)],
                  fill=wave, width=1)


def _ornament(draw: ImageDraw.ImageDraw, w: int, y: float, size: float, rng: random.Random) -> None:
    """A dark printed ornament band (a row of diamonds and dots) at height `y`."""
    colour = tuple(rng.randint(40, 110) for _ in range(3))
    step = size * rng.uniform(0.9, 1.6)
    for i in range(int(w / step) + 1):
        x = i * step
        draw.polygon([(x, y - size / 2), (x + size / 2, y), (x, y + size / 2), (x - size / 2, y)], outline=colour,
                     width=2)
        draw.ellipse([x + step / 2 - 2, y - 2, x + step / 2 + 2, y + 2], fill=colour)


def _mrz_layer(size: tuple[int, int], lines: list[str], left: float, baselines: list[float], pitch: float,
               style: dict) -> Image.Image:
    """The MRZ as an ink-coverage mask (L), in the OCR-B rendering the style asks for."""
    scale = 1.0 / style.get("bitmap", 1)  # laser engraving: a coarse dot raster, no anti-aliasing
    layer = Image.new("L", (max(1, int(size[0] * scale)), max(1, int(size[1] * scale))), 0)
    draw = ImageDraw.Draw(layer)
    if scale != 1.0:
        draw.fontmode = "1"
    face = style.get("face", "ocrb")
    faces = {**FACES, **TRAIN_FACES}
    if face == "ocrb" or not Path(faces.get(face, "")).exists():
        ocrb = ImageFont.truetype(str(resource("fonts", "OCRB.otf")), max(6, int(pitch * 1.36 * scale)))
    else:  # a look-alike: its capitals about as tall as OCR-B's at this pitch
        ocrb = ImageFont.truetype(faces[face], max(6, int(pitch * 1.30 * scale)))
    for baseline, text in zip(baselines, lines):
        for j, ch in enumerate(text):
            draw.text(((left + (j + 0.5) * pitch) * scale, baseline * scale), ch, font=ocrb, fill=255, anchor="ms")
    if scale != 1.0:
        layer = layer.resize(size, Image.NEAREST)
    mask = np.asarray(layer)
    if style.get("width", 1.0) != 1.0:  # narrower or wider glyphs at the same pitch: scale each cell about its centre
        mask = _squeeze(mask, left, pitch, max(len(t) for t in lines), style["width"])
    stroke = style.get("stroke", 0)
    if stroke:
        kernel = np.ones((abs(stroke) + 1, abs(stroke) + 1), np.uint8)
        mask = cv2.dilate(mask, kernel) if stroke > 0 else cv2.erode(mask, kernel)
    return Image.fromarray(mask)


def _squeeze(mask: np.ndarray, left: float, pitch: float, count: int, factor: float) -> np.ndarray:
    out = np.zeros_like(mask)
    for j in range(count):
        x0, x1 = int(left + j * pitch), int(left + (j + 1) * pitch)
        cell = mask[:, x0:x1]
        if cell.size == 0:
            continue
        width = max(1, int(round(cell.shape[1] * factor)))
        scaled = cv2.resize(cell, (width, cell.shape[0]), interpolation=cv2.INTER_AREA)
        start = x0 + (x1 - x0 - width) // 2
        lo, hi = max(0, start), min(mask.shape[1], start + width)
        out[:, lo:hi] = np.maximum(out[:, lo:hi], scaled[:, lo - start:hi - start])
    return out


def third_party_style(rng: random.Random, lookalike: bool = False) -> dict:
    """One random third-party look (see the module docstring); `lookalike`: an OCR-B look-alike face, glyphs
    from narrow (letter-spaced) to normal."""
    style = {"band": rng.random() < 0.5, "ornament": rng.random() < 0.35, "viz_close": rng.random() < 0.4,
             "spacing": rng.uniform(3.6, 5.6), "stroke": rng.choice([-1, 0, 0, 1, 2]),
             "width": rng.choice([1.0, 1.0, rng.uniform(0.85, 1.08)]), "bitmap": rng.choice([1, 1, 1, 3, 4])}
    if TRAINING and not lookalike and rng.random() < 0.15:
        lookalike = True
    if lookalike:
        faces = [name for name, path in _faces().items() if Path(path).exists()] or ["ocrb"]
        style.update(face=rng.choice(faces), width=rng.uniform(0.7, 1.05), bitmap=1,
                     stroke=rng.choice([-1, 0, 0, 1]))
    return style


def _faces() -> dict[str, str]:
    return TRAIN_FACES if TRAINING else FACES


def wide_style(rng: random.Random) -> dict:
    """Lines 6-8.5 mm apart (OCR-B capitals are about 2.4 mm high: a gap of one to two line heights)."""
    style = third_party_style(rng)
    style.update(spacing=rng.uniform(6.0, 8.5), band=rng.random() < 0.7, bitmap=1)
    return style


def render_document(fmt: str, lines: list[str], data: compose.Data, rng: random.Random,
                    style: dict | None = None) -> np.ndarray:
    """The document face at 300 dpi (BGR), MRZ in OCR-B at 10 characters per inch, in our own layout or in
    a third-party `style`."""
    style = style or {}
    wmm, hmm = SIZES[fmt]
    w, h = int(wmm * MM), int(hmm * MM)
    paper = tuple(rng.randint(225, 250) for _ in range(3))
    image = Image.new("RGB", (w, h), paper)
    draw = ImageDraw.Draw(image)
    _guilloche(draw, w, h, rng)
    # MRZ: pitch 2.54 mm; OCR-B cap height about 0.95 of the pitch; lines 4.2 mm apart (the style may vary it
    # from tight to wide), the last 5 mm up.
    pitch = 2.54 * MM
    spacing = style.get("spacing", 4.2) * MM
    baselines = [h - 5.0 * MM - (len(lines) - 1 - i) * spacing for i in range(len(lines))]
    zone_top = baselines[0] - 1.4 * spacing
    if style.get("band"):
        _band(draw, w, zone_top, h, rng)
    if fmt == "TD1":
        _card_back(draw, w, h, data)
    else:
        _data_page(draw, w, h, fmt, data, rng if style.get("bilingual") else None,
                   rng if style.get("viz_variety") else None)
    if style.get("sticker"):  # a visa sticker's colours: a gradient and a dense rainbow guilloche above the zone
        _rainbow(image, draw, w, int(zone_top + rng.uniform(0, 0.8) * spacing), rng)
    left = (w - pitch * len(lines[0])) / 2
    if style.get("ornament"):
        _ornament(draw, w, zone_top - 0.6 * spacing, 0.5 * spacing, rng)
    if style.get("viz_close"):  # a VIZ line (signature caption, an address) just above the first MRZ line
        caption = " ".join(_word(rng, 3, 9) for _ in range(rng.randint(3, 6)))
        draw.text((left, baselines[0] - rng.uniform(1.0, 1.3) * spacing), caption, fill=(30, 30, 30),
                  font=_font(SANS, int(pitch * rng.uniform(0.9, 1.3))), anchor="ls")
    ink = tuple(rng.randint(0, 40) for _ in range(3))
    mask = _mrz_layer((w, h), lines, left, baselines, pitch, style)
    image.paste(Image.new("RGB", (w, h), ink), (0, 0), mask)
    if style.get("overprint"):
        _overprint(image, left, baselines, pitch, spacing, rng)
    out = cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)
    if style.get("red_box"):  # someone's annotation round the MRZ (the held-out sideways page)
        m = int(0.6 * pitch)
        cv2.rectangle(out, (int(left) - m, int(zone_top)), (int(left + pitch * len(lines[0])) + m,
                                                             int(baselines[-1] + 0.8 * spacing)), (30, 30, 220),
                      max(2, int(pitch * 0.12)))
    return out


def _rainbow(image: Image.Image, draw: ImageDraw.ImageDraw, w: int, h: int, rng: random.Random) -> None:
    """A visa sticker's ground: a soft colour gradient across the whole sticker and rainbow-coloured waves."""
    left, right = (np.array([rng.randint(170, 250) for _ in range(3)], np.float32) for _ in range(2))
    ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    gradient = (left * (1 - ramp) + right * ramp).repeat(image.size[1], axis=0)
    base = np.asarray(image).astype(np.float32)
    image.paste(Image.fromarray((0.55 * base + 0.45 * gradient).astype(np.uint8)))
    for k in range(24):
        colour = tuple(int(c) for c in cv2.cvtColor(np.uint8([[[rng.randint(0, 179), 120, 230]]]),
                                                    cv2.COLOR_HSV2RGB)[0, 0])
        phase, amp, base_y = rng.random() * 6.28, h * rng.uniform(0.02, 0.08), h * (k + 0.5) / 24
        draw.line([(x, base_y + amp * math.sin(x / w * 6.28 * rng.uniform(1, 4) + phase)) for x in range(0, w, 5)],
                  fill=colour, width=2)


def _overprint(image: Image.Image, left: float, baselines: list[float], pitch: float, spacing: float,
               rng: random.Random) -> None:
    """A vertical SPECIMEN overprint whose letters touch the first characters of the lines, and a round
    ink stamp crossing the zone (translucent, as overprints and stamps are)."""
    w, h = image.size
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    size = int(pitch * rng.uniform(1.4, 2.2))
    word = Image.new("L", (int(size * 6), int(size * 1.3)), 0)
    ImageDraw.Draw(word).text((0, 0), "SPECIMEN", font=_font(SANS, size), fill=255)
    word = word.rotate(90, expand=True)
    x = int(left + rng.uniform(0.0, 2.0) * pitch - word.size[0] / 2)  # over the first characters
    y = int((baselines[0] + baselines[-1]) / 2 - word.size[1] * rng.uniform(0.3, 0.7))
    layer.paste(word, (x, y), word)
    cx, cy, r = left + rng.uniform(0.3, 0.8) * pitch * 40, baselines[0] + rng.uniform(-0.5, 0.8) * spacing, \
        rng.uniform(1.6, 2.6) * spacing
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=max(2, int(pitch * 0.12)))
    draw.ellipse([cx - 0.75 * r, cy - 0.75 * r, cx + 0.75 * r, cy + 0.75 * r], outline=255, width=max(1, int(pitch * 0.08)))
    stamp_font = _font(SANS, int(r * 0.28))
    draw.text((cx, cy), rng.choice(["ENTRY", "EXIT", "ARRIVED", "DEPARTED"]), font=stamp_font, fill=255, anchor="mm")
    colour = rng.choice([(200, 40, 40), (40, 60, 170), (120, 50, 140), (110, 110, 110)])
    alpha = Image.fromarray((np.asarray(layer).astype(np.float32) * rng.uniform(0.5, 0.85)).astype(np.uint8))
    image.paste(Image.new("RGB", (w, h), colour), (0, 0), alpha)


def _noise(img: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    return np.clip(img.astype(np.float32) + rng.normal(0, sigma, img.shape), 0, 255).astype(np.uint8)


def _jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(data, cv2.IMREAD_UNCHANGED)


def _on_background(doc: np.ndarray, canvas: np.ndarray, corners: np.ndarray) -> np.ndarray:
    h, w = doc.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    size = (canvas.shape[1], canvas.shape[0])
    warped = cv2.warpPerspective(doc, m, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, size, flags=cv2.INTER_AREA)
    alpha = (mask.astype(np.float32) / 255)[..., None]
    return (warped * alpha + canvas * (1 - alpha)).astype(np.uint8)


def _rotated_corners(w: float, h: float, centre: tuple[float, float], angle: float, jitter: float,
                     rng: random.Random) -> np.ndarray:
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]])
    pts += np.array([[rng.uniform(-jitter, jitter) * w, rng.uniform(-jitter, jitter) * h] for _ in range(4)])
    a = math.radians(angle)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return pts @ rot.T + np.array(centre)


def capture(doc: np.ndarray, kind: str, rng: random.Random) -> np.ndarray:
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    h, w = doc.shape[:2]
    if kind == "clean":
        return doc
    if kind == "scan":
        canvas = np.full((3508, 2480, 3), 250, np.uint8)  # A4 at 300 dpi
        angle = rng.choice([0, 90, 180, 270]) + rng.uniform(-4, 4)
        corners = _rotated_corners(w, h, (rng.uniform(900, 1580), rng.uniform(900, 2600)), angle, 0.0, rng)
        page = _on_background(doc, canvas, corners)
        page = cv2.GaussianBlur(page, (0, 0), rng.uniform(0.4, 1.0))
        return _jpeg(_noise(page, nprng, rng.uniform(2, 6)), rng.randint(80, 95))
    if kind == "photo":
        side = int(max(w, h) * 1.5)
        table = np.full((side, side, 3), (rng.randint(60, 140), rng.randint(50, 120), rng.randint(40, 100)),
                        np.uint8)
        table = _noise(table, nprng, 12)
        angle = rng.choice([0, 0, 90, 180, 270]) + rng.uniform(-20, 20)
        corners = _rotated_corners(w, h, (side / 2, side / 2), angle, 0.06, rng)
        page = _on_background(doc, table, corners).astype(np.float32)
        yy, xx = np.mgrid[0:side, 0:side].astype(np.float32) / side
        light = 0.65 + 0.4 * (rng.random() * xx + rng.random() * yy) / 2 + 0.15 * np.sin(3 * xx + rng.random())
        page *= light[..., None]
        gx, gy, gr = rng.uniform(0.2, 0.8) * side, rng.uniform(0.2, 0.8) * side, rng.uniform(0.05, 0.15) * side
        glare = np.exp(-(((xx * side - gx) ** 2 + (yy * side - gy) ** 2) / (2 * gr * gr))) * rng.uniform(30, 90)
        page = np.clip(page + glare[..., None], 0, 255).astype(np.uint8)
        page = cv2.GaussianBlur(page, (0, 0), rng.uniform(0.6, 1.4))
        page = cv2.resize(page, (int(side * 0.8), int(side * 0.8)), interpolation=cv2.INTER_AREA)
        return _jpeg(_noise(page, nprng, rng.uniform(3, 7)), rng.randint(70, 90))
    if kind == "large":  # a clean colour scan of the page, 2400 px wide
        big = cv2.resize(doc, (2400, int(h * 2400 / w)), interpolation=cv2.INTER_CUBIC)
        return _jpeg(_noise(big, nprng, rng.uniform(1, 3)), rng.randint(85, 95))
    if kind in ("typeface", "wide"):  # a colour scan, 1200-2000 px wide, mild blur, JPEG
        width = rng.randint(1200, 2000)
        scaled = cv2.resize(doc, (width, int(doc.shape[0] * width / doc.shape[1])), interpolation=cv2.INTER_AREA)
        scaled = cv2.GaussianBlur(scaled, (0, 0), rng.uniform(0.3, 0.8))
        if rng.random() < 0.25:
            scaled = np.ascontiguousarray(np.rot90(scaled, rng.choice([1, 2, 3])))
        return _jpeg(_noise(scaled, nprng, rng.uniform(1, 4)), rng.randint(70, 92))
    if kind == "web":  # a small colour image from the web, 400-600 px on its long side
        long_side = rng.randint(400, 600)
        factor = long_side / max(w, h)
        small = cv2.resize(doc, (int(w * factor), int(h * factor)), interpolation=cv2.INTER_AREA)
        return _jpeg(small, rng.randint(60, 88))
    # hard: low resolution and heavy compression
    scale = rng.uniform(0.32, 0.45)
    small = cv2.resize(doc, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), rng.uniform(0.3, 0.7))
    if rng.random() < 0.5:
        small = np.ascontiguousarray(np.rot90(small, rng.choice([1, 2, 3])))
    return _jpeg(_noise(small, nprng, rng.uniform(3, 8)), rng.randint(35, 60))


def kind_style(rng: random.Random, kind: str) -> dict | None:
    """The document's look for each kind of capture."""
    if kind not in STYLED:
        return None
    if kind == "wide":
        return wide_style(rng)
    style = third_party_style(rng, lookalike=kind == "typeface")
    if kind == "visa":
        style.update(sticker=True, band=False, spacing=rng.choice([rng.uniform(4.0, 5.0), rng.uniform(6.0, 8.5)]),
                     bitmap=1)
    if kind in ("twosided", "small", "phone", "visa"):
        style["bilingual"] = True
    if kind == "turned":
        style["red_box"] = rng.random() < 0.4
    if kind == "overprint":
        style.update(overprint=True, bitmap=1)
    return style


def _booklet(doc: np.ndarray, rng: random.Random, nprng: np.random.Generator) -> np.ndarray:
    """The data page with the booklet's upper page above it (text lines, a stamp or two, a guilloche)."""
    h, w = doc.shape[:2]
    upper = Image.new("RGB", (w, h), tuple(rng.randint(225, 245) for _ in range(3)))
    draw = ImageDraw.Draw(upper)
    _guilloche(draw, w, h, rng)
    font = _font(SANS, int(h * 0.035))
    for k in range(rng.randint(3, 8)):
        text = " ".join(rng.choice(CYRILLIC + ARABIC + [_word(rng, 3, 9)]) for _ in range(rng.randint(2, 5)))
        draw.text((int(0.08 * w), int(h * (0.1 + 0.09 * k))), text, font=font, fill=(60, 60, 90))
    for _ in range(rng.randint(0, 2)):
        cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.3, 0.8) * h, rng.uniform(0.08, 0.14) * w
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(150, 50, 60), width=4)
    gutter = np.full((int(0.03 * h), w, 3), 90, np.uint8)
    return np.vstack([cv2.cvtColor(np.asarray(upper), cv2.COLOR_RGB2BGR), gutter, doc])


def _card_front(fmt_data: compose.Data, rng: random.Random) -> np.ndarray:
    """A TD1 card's front: portrait and bilingual VIZ, as the upper half of a two-sided scan."""
    w, h = int(SIZES["TD1"][0] * MM), int(SIZES["TD1"][1] * MM)
    image = Image.new("RGB", (w, h), tuple(rng.randint(225, 250) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    _guilloche(draw, w, h, rng)
    _data_page(draw, w, h, "TD1", fmt_data, rng)
    return cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)


def _screen_bars(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A phone screen's status bar and buttons round a photo (a screenshot of the camera app)."""
    h, w = page.shape[:2]
    bar = int(h * rng.uniform(0.05, 0.09))
    top = np.full((bar, w, 3), 20, np.uint8)
    cv2.putText(top, "12:4" + str(rng.randint(0, 9)) + "  LTE  87%", (int(0.05 * w), int(bar * 0.7)),
                cv2.FONT_HERSHEY_SIMPLEX, bar / 50, (240, 240, 240), 2)
    bottom = np.full((bar * 2, w, 3), 15, np.uint8)
    cv2.circle(bottom, (w // 2, bar), int(bar * 0.7), (230, 230, 230), -1)
    cv2.putText(bottom, "PHOTO  VIDEO  SCAN", (int(0.1 * w), int(bar * 0.4)), cv2.FONT_HERSHEY_SIMPLEX, bar / 60,
                (200, 200, 80), 2)
    return np.vstack([top, page, bottom])


def capture_more(doc: np.ndarray, kind: str, rng: random.Random, data: compose.Data) -> np.ndarray:
    """The captures of the issue-21 classes (see the module docstring)."""
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    h, w = doc.shape[:2]
    if kind == "visa":
        page = _booklet(doc, rng, nprng) if rng.random() < 0.7 else doc
        width = rng.randint(1200, 2000)
        page = cv2.resize(page, (width, int(page.shape[0] * width / page.shape[1])), interpolation=cv2.INTER_AREA)
        return _jpeg(_noise(cv2.GaussianBlur(page, (0, 0), rng.uniform(0.3, 0.8)), nprng, rng.uniform(1, 4)),
                     rng.randint(70, 92))
    if kind == "twosided":
        front = _card_front(data, rng)
        gap = np.full((int(h * rng.uniform(0.1, 0.4)), w, 3), 250, np.uint8)
        sheet = np.vstack([front, gap, doc])
        margin = int(0.15 * w)
        sheet = cv2.copyMakeBorder(sheet, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=(250, 250, 250))
        width = rng.randint(900, 1800)
        sheet = cv2.resize(sheet, (width, int(sheet.shape[0] * width / sheet.shape[1])), interpolation=cv2.INTER_AREA)
        return _jpeg(_noise(sheet, nprng, rng.uniform(1, 4)), rng.randint(70, 92))
    if kind == "small":
        width = rng.randint(350, 600)
        small = cv2.resize(doc, (width, int(h * width / w)), interpolation=cv2.INTER_AREA)
        return _jpeg(small, rng.randint(60, 90))
    if kind == "phone":
        page = _booklet(doc, rng, nprng)
        ph, pw = page.shape[:2]
        side = int(max(pw, ph) * 1.35)
        table = _noise(np.full((side, side, 3), (rng.randint(60, 160), rng.randint(50, 130), rng.randint(40, 110)),
                               np.uint8), nprng, 10)
        corners = _rotated_corners(pw, ph, (side / 2, side / 2), rng.uniform(-25, 25), 0.05, rng)
        shot = _on_background(page, table, corners)
        shot = cv2.GaussianBlur(shot, (0, 0), rng.uniform(0.5, 1.2))
        shot = cv2.resize(shot, (int(side * 0.6), int(side * 0.6)), interpolation=cv2.INTER_AREA)
        return _jpeg(_noise(_screen_bars(shot, rng), nprng, rng.uniform(2, 5)), rng.randint(70, 90))
    if kind == "turned":
        width = rng.randint(1200, 2400)
        page = cv2.resize(doc, (width, int(h * width / w)), interpolation=cv2.INTER_AREA)
        page = np.ascontiguousarray(np.rot90(page, rng.choice([1, 2, 3])))
        return _jpeg(_noise(page, nprng, rng.uniform(1, 3)), rng.randint(75, 92))
    # overprint: a colour scan 1200-2000 px wide
    width = rng.randint(1200, 2000)
    page = cv2.resize(doc, (width, int(h * width / w)), interpolation=cv2.INTER_AREA)
    return _jpeg(_noise(cv2.GaussianBlur(page, (0, 0), rng.uniform(0.3, 0.7)), nprng, rng.uniform(1, 3)),
                 rng.randint(75, 92))


def make(rng: random.Random, fmt: str, kind: str, tampered: bool, substituted: bool = False,
         viz_variety: bool = False) -> Page:
    """One page; `substituted`: the MRZ holds another person's data than the printed page (a wholesale MRZ
    substitution, issue 22); `viz_variety`: the printed data in the label styles and date forms of other
    States' layouts."""
    if kind == "visa":
        fmt = "MRVA" if fmt in ("TD1", "TD3", "MRVA") else "MRVB"
    if kind == "twosided":
        fmt = "TD1"
    data = random_data(rng, fmt)
    lines = compose.build(fmt, random_data(rng, fmt) if substituted else data)
    if tampered:
        lines = tamper(rng, fmt, lines)
    style = kind_style(rng, kind)
    if viz_variety:
        style = dict(style or {}, viz_variety=True)
    doc = render_document(fmt, lines, data, rng, style)
    image = capture_more(doc, kind, rng, data) if kind in KINDS[8:] else capture(doc, kind, rng)
    return Page(image, lines, fmt, kind, tampered, style)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=40, help="pages per kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tampered", type=float, default=0.2, help="share with a wrong check digit")
    parser.add_argument("--substituted", type=float, default=0.0,
                        help="share whose MRZ holds another person's data (issue 22's VIZ pages)")
    parser.add_argument("--viz-variety", action="store_true", help="printed data in other States' label styles")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, help="only these kinds (their pages then differ from "
                                                                  "a full run's: the random sequence is shared)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for kind in args.kinds or KINDS:
        folder = args.out / kind
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "truth.jsonl").open("w") as truth:
            for i in range(args.count):
                fmt = list(SIZES)[i % len(SIZES)]
                swapped = args.substituted > 0 and rng.random() < args.substituted
                page = make(rng, fmt, kind, rng.random() < args.tampered, swapped, args.viz_variety)
                name = f"{i:03d}.{'png' if kind == 'clean' else 'jpg'}"
                cv2.imwrite(str(folder / name), page.image)
                truth.write(json.dumps({"file": name, "format": fmt, "mrz": page.mrz, "tampered": page.tampered,
                                        "substituted": swapped, "style": page.style}) + "\n")
        print(f"{kind}: {args.count} pages -> {folder}")


if __name__ == "__main__":
    main()
