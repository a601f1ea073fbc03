"""Regenerate the bundled sample pages in resources/samples (drawn by bench/pagegen.py: no real person).

    python tools/make_samples.py
Writes utopia-td3.png (the ICAO Part 4 specimen data, valid until 2012-04-15) and utopia-td3-tampered.png
(the same page with a wrong composite check digit).
"""

import random
import sys
from pathlib import Path

import cv2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import pagegen  # noqa: E402
from desktop.checks import compose  # noqa: E402

SPECIMEN = compose.Data("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415",
                        "ZE184226B")


def main() -> None:
    out = ROOT / "resources" / "samples"
    lines = compose.build("TD3", SPECIMEN)
    tampered = [lines[0], lines[1][:-1] + str((int(lines[1][-1]) + 3) % 10)]
    for name, mrz in (("utopia-td3.png", lines), ("utopia-td3-tampered.png", tampered)):
        image = pagegen.render_document("TD3", mrz, SPECIMEN, random.Random(4))
        cv2.imwrite(str(out / name), cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
        print(out / name, mrz)


if __name__ == "__main__":
    main()
