"""Validations per second of the rules core on one core, over generated documents of every format.

    .venv/bin/python bench/validate_speed.py [--count 20000] [--seed 1]

Half the documents are valid, half carry one random substitution; records go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import string
import time

from desktop.checks import compose, states, validate

FORMATS = {"TD3": "P<", "TD1": "I<", "TD2": "I<", "MRVA": "V<", "MRVB": "V<"}
MRZ = string.ascii_uppercase + string.digits + "<"


def generate(rng: random.Random, count: int) -> list[list[str]]:
    codes = states.live_codes()
    docs = []
    for i in range(count):
        fmt = rng.choice(list(FORMATS))
        birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(28_000))
        expiry = dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(3_000))
        data = compose.Data(FORMATS[fmt], rng.choice(codes), "".join(rng.choices(string.ascii_uppercase, k=8)),
                            "".join(rng.choices(string.ascii_uppercase, k=6)),
                            "".join(rng.choices(string.ascii_uppercase + string.digits, k=9)), rng.choice(codes),
                            birth.strftime("%y%m%d"), rng.choice("FM<"), expiry.strftime("%y%m%d"))
        lines = compose.build(fmt, data)
        if i % 2:
            line = rng.randrange(len(lines))
            col = rng.randrange(len(lines[line]))
            lines[line] = lines[line][:col] + rng.choice(MRZ) + lines[line][col + 1:]
        docs.append(lines)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    docs = generate(random.Random(args.seed), args.count)
    today = dt.date(2026, 12, 1)
    validate(docs[0], today)  # load the code table outside the timing
    start = time.perf_counter()
    verdicts = [validate(lines, today).status for lines in docs]
    elapsed = time.perf_counter() - start
    print(f"{len(docs)} documents in {elapsed:.2f} s: {len(docs) / elapsed:,.0f} validations/s on one core "
          f"({verdicts.count('pass')} pass, {verdicts.count('fail')} fail)")


if __name__ == "__main__":
    main()
