"""Regenerate the bundled sample pages in resources/samples (drawn by bench/pagegen.py: no real person).

    python tools/make_samples.py
Writes utopia-td3.png (the ICAO Part 4 specimen data, valid until 2012-04-15), utopia-td3-tampered.png
(the same page with a wrong composite check digit) and utopia-td3-shaken.png (the page as a phone shaken
sideways would take it, 27 px of motion blur: the reader must say unreadable, never pass or fail).
"""

import random
import sys
from pathlib import Path

import cv2
import numpy as np

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
        if name == "utopia-td3.png":
            shake = np.zeros((27, 27))
            shake[13, :] = 1 / 27
            blurred = cv2.filter2D(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), -1, shake)
            cv2.imwrite(str(out / "utopia-td3-shaken.png"), blurred)
            print(out / "utopia-td3-shaken.png", "(unreadable)")


if __name__ == "__main__":
    main()
