"""Generate the bundled reference specimens in resources/specimens (fictional ICAO "Utopia" documents).

    python tools/make_specimens.py [OUT_DIR]        (default resources/specimens)

Each specimen is drawn at 300 dpi with the Doc 9303 zones (Part 4 TD3, Part 5 TD1 front and back, Part 6
TD2, Part 7 MRV-A/MRV-B): header, portrait (a drawn placeholder, never a photograph), VIZ labels and data,
and the MRZ in OCR-B at 10 characters per inch with every check digit computed by desktop.checks.compose.
Marked security features (guilloche, microprint line, ghost image, UV-reactive area, laser-engraved data,
optically variable emblem) are drawn and described in meta.json with what an examiner should look for.
A UV image is drawn for the TD3 and TD1 specimens. No real person's data and no real document is used.
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.checks import compose  # noqa: E402
from desktop.paths import resource  # noqa: E402
from desktop.specimens import validate  # noqa: E402

DPI = 300
MM = DPI / 25.4
FONTS = Path("/usr/share/fonts/truetype/dejavu")
SIZES = {"TD1": (85.6, 54.0), "TD2": (105.0, 74.0), "TD3": (125.0, 88.0), "MRVA": (120.0, 80.0),
         "MRVB": (105.0, 74.0)}
NAVY, INK, LABEL = (30, 40, 95), (25, 25, 30), (70, 75, 120)


def font(size_mm: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), max(6, int(size_mm * MM)))


# Security features: (id, English label, Mongolian label, what to look for in English, in Mongolian)
FEATURES = {
    "guilloche": ("Guilloche background", "Гилош хээ",
                  "Fine, continuous interlaced lines in two colours across the page. Under a loupe every line "
                  "is unbroken; a copy or inkjet print breaks them into dots or merges them.",
                  "Хоёр өнгийн нарийн, тасралтгүй шугамууд. Томруулагчаар харахад шугам тасардаггүй; хуулбар "
                  "эсвэл бэхэн хэвлэлд шугам цэг болж задардаг."),
    "microprint": ("Microprint line", "Бичил бичвэр",
                   "Looks like a thin rule; under ×10 magnification it reads UTOPIA repeatedly. On a "
                   "reproduction it is a blurred or dotted line.",
                   "Нимгэн зураас мэт харагдана; ×10 томруулахад UTOPIA гэж давтагдана. Хуулбарт бүдэг "
                   "эсвэл цэгэн зураас болдог."),
    "ghost": ("Ghost image", "Сүүдэр зураг",
              "A second, smaller and fainter portrait of the holder. It must show the same face and pose as "
              "the main portrait; a missing, different or equally dark ghost image means substitution.",
              "Эзэмшигчийн жижиг, цайвар хоёр дахь зураг. Үндсэн зурагтай ижил царай, байрлалтай байх ёстой; "
              "байхгүй, өөр эсвэл адил бараан бол зураг сольсон байж болзошгүй."),
    "uv": ("UV-reactive area", "Хэт ягаан туяанд гэрэлтэх хэсэг",
           "Under UV light (365 nm) the Utopia emblem and the word UTOPIA glow yellow-green and the fibres "
           "glow; the page itself stays dull. A page that glows blue-white is ordinary paper.",
           "Хэт ягаан туяанд (365 нм) Утопийн сүлд, UTOPIA үг шар-ногооноор, утаснууд гэрэлтэнэ; хуудас "
           "өөрөө бүдэг хэвээр. Хуудас бүхэлдээ цэнхэр-цагаанаар гэрэлтвэл энгийн цаас."),
    "laser": ("Laser-engraved data", "Лазер сийлбэр",
              "The personal data is engraved into the polycarbonate: grey-black, slightly raised to the touch, "
              "with no ink on the surface. Data printed on top, or that scratches off, is a forgery.",
              "Хувийн мэдээлэл поликарбонатад сийлэгдсэн: саарал-хар, хуруунд бага зэрэг товгор, гадаргуу "
              "дээр бэхгүй. Дээр нь хэвлэсэн эсвэл хусахад арилдаг бол хуурамч."),
    "ovi": ("Optically variable emblem", "Өнгө хувирах сүлд",
            "The emblem changes colour from green to blue when the document is tilted. On a copy it keeps one "
            "flat colour.",
            "Баримтыг хазайлгахад сүлд ногооноос цэнхэр болж өнгө хувирна. Хуулбарт нэг өнгөтэй хэвээр."),
}


class Face:
    """One side of a document being drawn, with the zones recorded in normalised coordinates."""

    def __init__(self, fmt: str, side: str, seed: int):
        self.fmt, self.side = fmt, side
        wmm, hmm = SIZES[fmt]
        self.w, self.h = int(wmm * MM), int(hmm * MM)
        self.rng = random.Random(seed)
        self.image = Image.new("RGB", (self.w, self.h), (246, 243, 232))
        self.draw = ImageDraw.Draw(self.image)
        self.uv = Image.new("RGB", (self.w, self.h), (22, 18, 48))
        self.uv_draw = ImageDraw.Draw(self.uv)
        self.zones: list[dict] = []

    def px(self, x_mm: float, y_mm: float) -> tuple[int, int]:
        return int(x_mm * MM), int(y_mm * MM)

    def zone(self, zid: str, kind: str, box_mm: tuple[float, float, float, float], label="", description=""):
        x, y, w, h = box_mm
        wmm, hmm = SIZES[self.fmt]
        zone = {"id": zid, "kind": kind, "side": self.side,
                "box": [round(x / wmm, 4), round(y / hmm, 4), round(w / wmm, 4), round(h / hmm, 4)]}
        if label:
            zone["label"] = label
        if description:
            zone["description"] = description
        self.zones.append(zone)

    def feature(self, key: str, box_mm):
        label_en, label_mn, what_en, what_mn = FEATURES[key]
        self.zone(f"{key}-{self.side}" if any(z["id"] == key for z in self.zones) else key, "security", box_mm,
                  {"en": label_en, "mn": label_mn}, {"en": what_en, "mn": what_mn})

    def guilloche(self, clear_bottom_mm: float) -> None:
        """Interlaced sine bands and a rosette in two light colours; the MRZ band is kept clear (the MRZ
        clear zone, Part 3 §3.2)."""
        wmm, hmm = SIZES[self.fmt]
        limit = (hmm - clear_bottom_mm) * MM
        colours = [(196, 214, 206), (220, 200, 214)]
        for k in range(22):
            colour = colours[k % 2]
            phase = k * 0.55
            base = limit * (k + 0.5) / 22
            pts = [(x, base + 0.035 * self.h * math.sin(2 * math.pi * 3 * x / self.w + phase)
                    + 0.012 * self.h * math.sin(2 * math.pi * 11 * x / self.w - phase))
                   for x in range(0, self.w + 4, 4)]
            self.draw.line([p for p in pts if p[1] < limit], fill=colour, width=2)
        cx, cy, r = 0.78 * self.w, 0.45 * limit, 0.22 * min(self.w, limit)
        pts = []
        for t in range(0, 3600):
            a = t / 3600 * 2 * math.pi * 7
            rr = r * (0.72 + 0.28 * math.cos(13 / 7 * a))
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.draw.line(pts, fill=(205, 212, 228), width=1)
        self.feature("guilloche", (0, 0, wmm, hmm - clear_bottom_mm))

    def header(self, title: str, subtitle: str = "") -> None:
        wmm, _ = SIZES[self.fmt]
        self.draw.text(self.px(4, 3), "UTOPIA", font=font(4.2, bold=True), fill=NAVY)
        self.draw.text(self.px(30, 3.4), title, font=font(3.4, bold=True), fill=NAVY)
        if subtitle:
            self.draw.text(self.px(30, 7.6), subtitle, font=font(2.2), fill=LABEL)
        # Microprint: 0.45 mm text, a rule to the eye.
        y = 11.2
        self.draw.text(self.px(4, y), "UTOPIA" * 60, font=font(0.45), fill=NAVY)
        self.feature("microprint", (4, y - 0.2, wmm - 8, 0.9))

    def portrait(self, x: float, y: float, w: float, h: float, ghost: tuple[float, float] | None = None) -> None:
        """A drawn head-and-shoulders placeholder with SPECIMEN across it, never a photograph."""
        def figure(draw, x0, y0, ww, hh, shade):
            bx = self.px(x0, y0)
            draw.rectangle([bx, self.px(x0 + ww, y0 + hh)], fill=tuple(min(255, c + shade) for c in (200, 208, 216)))
            cx = x0 + ww / 2
            draw.ellipse([self.px(cx - ww * 0.22, y0 + hh * 0.14), self.px(cx + ww * 0.22, y0 + hh * 0.55)],
                         fill=tuple(min(255, c + shade) for c in (160, 140, 128)))
            draw.pieslice([self.px(cx - ww * 0.46, y0 + hh * 0.58), self.px(cx + ww * 0.46, y0 + hh * 1.35)],
                          180, 360, fill=tuple(min(255, c + shade) for c in (80, 88, 110)))
        figure(self.draw, x, y, w, h, 0)
        stamp = Image.new("RGBA", self.px(w, h), (0, 0, 0, 0))
        ImageDraw.Draw(stamp).text((int(w * MM * 0.08), int(h * MM * 0.42)), "SPECIMEN", font=font(w * 0.16, True),
                                   fill=(190, 30, 30, 150))
        stamp = stamp.rotate(28, resample=Image.BICUBIC)
        self.image.paste(stamp, self.px(x, y), stamp)
        self.zone("portrait", "portrait", (x, y, w, h), {"en": "Portrait", "mn": "Зураг"})
        if ghost:
            gx, gy = ghost
            gw, gh = w * 0.42, h * 0.42
            layer = Image.new("RGB", self.px(gw, gh), (246, 243, 232))
            ld = ImageDraw.Draw(layer)
            saved = self.px
            self.px = lambda a, b: (int((a - gx) * MM), int((b - gy) * MM))  # draw into the small layer
            figure(ld, gx, gy, gw, gh, 60)
            self.px = saved
            self.image.paste(Image.blend(layer, Image.new("RGB", layer.size, (246, 243, 232)), 0.45),
                             self.px(gx, gy))
            self.feature("ghost", (gx, gy, gw, gh))

    def fields(self, x: float, y: float, rows: list[tuple[str, str, str]], step: float = 6.2,
               engraved: bool = False) -> float:
        """VIZ rows (field id, label, value); returns the y below the last row."""
        ink = (55, 55, 60) if engraved else INK
        for fid, label, value in rows:
            self.draw.text(self.px(x, y), label, font=font(1.7), fill=LABEL)
            self.draw.text(self.px(x + 0.3, y + 2.0), value, font=font(2.9, bold=engraved), fill=ink)
            width = max(self.draw.textlength(label, font=font(1.7)),
                        self.draw.textlength(value, font=font(2.9, bold=engraved))) / MM
            self.zone(fid, "viz", (x, y, min(width + 0.6, SIZES[self.fmt][0] - x), 5.4), label)
            y += step
        return y

    def mrz(self, lines: list[str]) -> None:
        """OCR-B at 2.54 mm pitch; lines 4.2 mm apart, the last baseline 5 mm above the edge (Part 3 §4)."""
        wmm, hmm = SIZES[self.fmt]
        pitch = 2.54 * MM
        ocrb = ImageFont.truetype(str(resource("fonts", "OCRB.otf")), int(pitch * 1.36))
        left = (self.w - pitch * len(lines[0])) / 2
        for i, text in enumerate(lines):
            baseline = self.h - 5.0 * MM - (len(lines) - 1 - i) * 4.2 * MM
            for j, ch in enumerate(text):
                self.draw.text((left + (j + 0.5) * pitch, baseline), ch, font=ocrb, fill=(15, 15, 20), anchor="ms")
        top = hmm - 5.0 - (len(lines) - 1) * 4.2 - 3.4
        self.zone("mrz", "mrz", (left / MM - 1, top, pitch * len(lines[0]) / MM + 2, hmm - top - 3.2),
                  {"en": "Machine readable zone", "mn": "Машинаар уншигдах бүс"})

    def uv_features(self, box_mm: tuple[float, float, float, float]) -> None:
        """The UV image: the page dull violet, fibres and the emblem fluorescent."""
        x, y, w, h = box_mm
        glow = (190, 255, 120)
        for _ in range(120):
            fx, fy = self.rng.uniform(0, self.w), self.rng.uniform(0, self.h)
            a = self.rng.uniform(0, math.pi)
            colour = self.rng.choice([(255, 90, 200), (90, 200, 255), (230, 255, 90)])
            self.uv_draw.line([(fx, fy), (fx + 14 * math.cos(a), fy + 14 * math.sin(a))], fill=colour, width=2)
        cx, cy, r = (x + w / 2) * MM, (y + h / 2) * MM, min(w, h) * MM * 0.4
        self.uv_draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=glow, width=6)
        for k in range(12):
            a = k * math.pi / 6
            self.uv_draw.line([(cx, cy), (cx + r * math.cos(a), cy + r * math.sin(a))], fill=glow, width=3)
        self.uv_draw.text(self.px(x + 1, y + h - 4.5), "UTOPIA  UTOPIA  UTOPIA", font=font(3.2, True), fill=glow)
        self.feature("uv", box_mm)

    def emblem(self, x: float, y: float, size: float, ovi: bool = False) -> None:
        cx, cy, r = (x + size / 2) * MM, (y + size / 2) * MM, size * MM / 2
        colour = (60, 140, 110) if ovi else (150, 160, 190)
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=colour, width=4)
        for k in range(8):
            a = k * math.pi / 4
            self.draw.line([(cx, cy), (cx + r * math.cos(a), cy + r * math.sin(a))], fill=colour, width=3)
        if ovi:
            self.feature("ovi", (x, y, size, size))

    def save(self, folder: Path, uv: bool) -> list[dict]:
        folder.mkdir(parents=True, exist_ok=True)
        white = self.image.filter(ImageFilter.GaussianBlur(0.6))
        white.save(folder / f"{self.side}-white.png", optimize=True)
        images = [{"side": self.side, "light": "white", "file": f"{self.side}-white.png"}]
        if uv:
            dull = Image.blend(self.image.convert("L").convert("RGB"), Image.new("RGB", self.image.size, (22, 18, 48)),
                               0.86)
            mask = self.uv.convert("L").point(lambda v: 255 if v > 60 else 0)
            dull.paste(self.uv, (0, 0), mask)
            dull.filter(ImageFilter.GaussianBlur(1.2)).save(folder / f"{self.side}-uv.png", optimize=True)
            images.append({"side": self.side, "light": "uv", "file": f"{self.side}-uv.png"})
        return images


def date_viz(yymmdd: str, mongolian: bool = False) -> str:
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), yymmdd[4:]
    year = 1900 + yy if yy > 40 else 2000 + yy
    if mongolian:
        return f"{year}.{mm:02d}.{dd}"
    month = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[mm - 1]
    return f"{dd} {month} {year}"


ANNA = compose.Data("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B")
CARD = compose.Data("I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO", "740812", "F", "120415")
VISA = compose.Data("V", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C", "UTO", "690806", "F", "940623", "ZE184226B")
# The Mongolian-label variant: a fictional holder ДОРЖ Цэцэг, transliterated by the ICAO Part 3 §6 Cyrillic
# table (Ж -> ZH, Ц -> TS, Э -> E).
DORZH = compose.Data("P", "UTO", "DORZH", "TSETSEG", "UB0012345", "UTO", "900315", "F", "340320")


def data_rows(d: compose.Data, number_label: str) -> list[tuple[str, str, str]]:
    return [("viz-surname", "Surname", d.surname), ("viz-given-names", "Given names", d.given_names),
            ("viz-nationality", "Nationality", "UTOPIAN"), ("viz-birth-date", "Date of birth", date_viz(d.birth_date)),
            ("viz-sex", "Sex", d.sex), ("viz-document-number", number_label, d.document_number),
            ("viz-expiry-date", "Date of expiry", date_viz(d.expiry_date))]


def meta(sid: str, title: dict, d: compose.Data, fmt: str, lines: list[str], valid_on: str, images: list[dict],
         zones: list[dict], series: tuple[int, int | None] | None, years: int | None, mrz_side="front") -> dict:
    out = {"schema": validate.SCHEMA, "id": sid, "title": title, "issuing_state": d.issuing_state,
           "document_code": d.document_code, "format": fmt, "mrz": lines, "mrz_side": mrz_side,
           "valid_on": valid_on, "images": images, "zones": zones,
           "source": "Generated by tools/make_specimens.py: a fictional ICAO Utopia document, no real person."}
    if series:
        out["series"] = {"from": series[0], "to": series[1]}
    if years:
        out["validity_years"] = years
    return out


def td3(out: Path) -> None:
    lines = compose.build("TD3", ANNA)
    face = Face("TD3", "front", 3)
    face.guilloche(clear_bottom_mm=19)
    face.header("PASSPORT", "PASSEPORT")
    face.portrait(5, 16, 32, 41, ghost=(100, 38))
    face.fields(42, 15, data_rows(ANNA, "Passport No."))
    face.uv_features((42, 14, 56, 48))
    face.mrz(lines)
    images = face.save(out / "uto-td3", uv=True)
    write(out / "uto-td3", meta("uto-td3", {"en": "Utopia passport (TD3 data page)", "mn": "Утопи паспорт (TD3)"},
                                ANNA, "TD3", lines, "2010-01-01", images, face.zones, (2002, 2023), 10))


def td3_mn(out: Path) -> None:
    lines = compose.build("TD3", DORZH)
    face = Face("TD3", "front", 5)
    face.guilloche(clear_bottom_mm=19)
    face.header("ПАСПОРТ / PASSPORT", "Утопи Улс / State of Utopia")
    face.portrait(5, 16, 32, 41, ghost=(104, 40))
    rows = [("viz-surname", "Овог / Surname", "ДОРЖ / DORZH"), ("viz-given-names", "Нэр / Given names", "Цэцэг / TSETSEG"),
            ("viz-nationality", "Иргэншил / Nationality", "УТОПИ / UTOPIAN"),
            ("viz-birth-date", "Төрсөн огноо / Date of birth", date_viz(DORZH.birth_date, True)),
            ("viz-sex", "Хүйс / Sex", "Эм / F"), ("viz-document-number", "Паспортын дугаар / Passport No.",
                                                    DORZH.document_number),
            ("viz-expiry-date", "Дуусах хугацаа / Date of expiry", date_viz(DORZH.expiry_date, True))]
    face.fields(42, 15, rows)
    face.uv_features((42, 14, 56, 48))
    face.mrz(lines)
    images = face.save(out / "uto-td3-mn", uv=True)
    write(out / "uto-td3-mn", meta("uto-td3-mn", {"en": "Utopia passport, Mongolian-English labels (TD3)",
                                                  "mn": "Утопи паспорт, монгол-англи шошготой (TD3)"},
                                   DORZH, "TD3", lines, "2026-01-01", images, face.zones, (2024, None), 10))


def td1(out: Path) -> None:
    lines = compose.build("TD1", CARD)
    front = Face("TD1", "front", 7)
    front.guilloche(clear_bottom_mm=0)
    front.header("IDENTITY CARD", "CARTE D'IDENTITÉ")
    front.portrait(3.5, 14, 22, 29, ghost=(70, 36))
    rows = data_rows(CARD, "Document No.")
    front.fields(28, 13.5, rows[:2] + rows[3:5] + rows[5:7], step=6.4, engraved=True)
    front.zone("laser", "security", (27.5, 13, 40, 39), {"en": FEATURES["laser"][0], "mn": FEATURES["laser"][1]},
               {"en": FEATURES["laser"][2], "mn": FEATURES["laser"][3]})
    front.uv_features((28, 13, 40, 30))
    front_images = front.save(out / "uto-td1", uv=True)
    back = Face("TD1", "back", 8)
    back.guilloche(clear_bottom_mm=17)
    back.draw.text(back.px(4, 4), "Place of birth", font=font(1.7), fill=LABEL)
    back.draw.text(back.px(4.3, 6), "UTOPIA CITY", font=font(2.9), fill=INK)
    back.zone("viz-birth-place", "viz", (4, 4, 30, 5.4), "Place of birth")
    back.draw.text(back.px(4, 11), "Authority", font=font(1.7), fill=LABEL)
    back.draw.text(back.px(4.3, 13), "MINISTRY OF INTERIOR", font=font(2.9), fill=INK)
    back.zone("viz-authority", "viz", (4, 11, 40, 5.4), "Authority")
    back.emblem(66, 4, 14)
    back.draw.text(back.px(50, 26), "UTOPIA" * 40, font=font(0.45), fill=NAVY)
    back.zone("microprint-back", "security", (50, 25.8, 33, 0.9),
              {"en": FEATURES["microprint"][0], "mn": FEATURES["microprint"][1]},
              {"en": FEATURES["microprint"][2], "mn": FEATURES["microprint"][3]})
    back.mrz(lines)
    back_images = back.save(out / "uto-td1", uv=False)
    zones = front.zones + [dict(z, id=z["id"] if z["id"] not in {f["id"] for f in front.zones} else z["id"] + "-back")
                           for z in back.zones]
    write(out / "uto-td1", meta("uto-td1", {"en": "Utopia identity card (TD1, front and back)",
                                            "mn": "Утопи иргэний үнэмлэх (TD1, нүүр ба ар тал)"},
                                CARD, "TD1", lines, "2010-01-01", front_images + back_images, zones, (2002, None), 10,
                                mrz_side="back"))


def td2(out: Path) -> None:
    lines = compose.build("TD2", CARD)
    face = Face("TD2", "front", 9)
    face.guilloche(clear_bottom_mm=15)
    face.header("IDENTITY CARD", "CARTE D'IDENTITÉ")
    face.portrait(4, 15, 26, 34, ghost=(84, 30))
    face.fields(34, 14, data_rows(CARD, "Document No."), step=5.6)
    face.mrz(lines)
    images = face.save(out / "uto-td2", uv=False)
    write(out / "uto-td2", meta("uto-td2", {"en": "Utopia official travel document (TD2)",
                                            "mn": "Утопи аяллын баримт бичиг (TD2)"},
                                CARD, "TD2", lines, "2010-01-01", images, face.zones, (2002, None), 10))


def visa(out: Path, fmt: str) -> None:
    lines = compose.build(fmt, VISA)
    sid = f"uto-{fmt.lower()}"
    face = Face(fmt, "front", 11 if fmt == "MRVA" else 12)
    face.guilloche(clear_bottom_mm=17)
    face.header("VISA", "Type A" if fmt == "MRVA" else "Type B")
    face.portrait(4, 15, 25 if fmt == "MRVA" else 24, 32, ghost=None)
    rows = [("viz-valid-until", "Valid until", date_viz(VISA.expiry_date)), ("viz-entries", "Entries", "MULT"),
            ] + data_rows(VISA, "Passport No.")[:2] + [data_rows(VISA, "Passport No.")[5]]
    face.fields(34, 14, rows, step=5.6)
    # Part 7's VIZ also names the holder's date of birth, sex and nationality: a second column, so that a
    # re-printed MRZ can be read against them (the VIZ cross-check).
    data = data_rows(VISA, "Passport No.")
    face.fields(64 if fmt == "MRVA" else 58, 14, [data[3], data[4], data[2]], step=5.6)
    wmm, _ = SIZES[fmt]
    face.emblem(wmm - 22, 16, 16, ovi=True)
    face.mrz(lines)
    images = face.save(out / sid, uv=False)
    kind = "A" if fmt == "MRVA" else "B"
    write(out / sid, meta(sid, {"en": f"Utopia visa, format {kind} (MRV-{kind})",
                                "mn": f"Утопи виз, {kind} хэлбэр (MRV-{kind})"},
                          VISA, fmt, lines, "1994-01-01", images, face.zones, None, None))


def write(folder: Path, data: dict) -> None:
    problems = validate.problems(data, folder)
    if problems:
        raise SystemExit(f"{folder}: {problems}")
    (folder / "meta.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(folder, data["mrz"])


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "specimens"
    td1(out)
    td2(out)
    td3(out)
    td3_mn(out)
    visa(out, "MRVA")
    visa(out, "MRVB")


if __name__ == "__main__":
    main()
