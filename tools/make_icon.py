"""Draw the application icon (a passport with its two MRZ lines and a check mark) as PNG, ICO and ICNS.

    python tools/make_icon.py          (writes resources/icons/docexam.{png,ico,icns})
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int = 512) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 512
    d.rounded_rectangle([56 * s, 24 * s, 456 * s, 488 * s], radius=40 * s, fill=(31, 79, 209, 255))
    d.rounded_rectangle([96 * s, 64 * s, 416 * s, 448 * s], radius=18 * s, fill=(246, 243, 232, 255))
    for row in (330, 380):  # the MRZ: two lines of cells
        for col in range(8):
            x = 116 * s + col * 36 * s
            d.rectangle([x, row * s, x + 24 * s, (row + 30) * s], fill=(25, 25, 30, 255))
    d.line([(160 * s, 190 * s), (230 * s, 260 * s), (360 * s, 120 * s)], fill=(0, 122, 90, 255), width=int(44 * s),
           joint="curve")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(OUT / "docexam.png")
    icon.save(OUT / "docexam.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    icon.save(OUT / "docexam.icns")
    print("\n".join(str(p) for p in sorted(OUT.iterdir())))


if __name__ == "__main__":
    main()
