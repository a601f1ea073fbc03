"""Train the MRZ cell recogniser (a small CNN over 32x32 cell canvases) and export it to ONNX.

The app never imports torch: it runs the exported model with OpenCV's dnn module (desktop/reader/engines.py).

    make train        (= python tools/cells.py bench/out/cells.npz && python tools/train_recogniser.py ...)
    python tools/train_recogniser.py bench/out/cells.npz resources/models/mrz-cells.onnx [--epochs 6] [--seed 1]

Data (tools/cells.py): real cells of ../shared/data/mrz-lines (train prefixes only), cells of generated
pages as our reader cuts them, and the OCR-B glyphs; augmented on the fly (shift, scale, rotation, blur,
stroke weight, noise, contrast). Reported: cell accuracy on the held-out real prefixes.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


class CellNet(nn.Module):
    """Three conv blocks (channels c1, c2, c3) and two dense layers; the cost at inference is almost all in
    the second and third convolutions (c1*c2 and c2*c3 multiply-adds per pixel)."""

    def __init__(self, c1: int = 32, c2: int = 64, c3: int = 128):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, 3, padding=1), nn.BatchNorm2d(c1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, 3, padding=1), nn.BatchNorm2d(c2), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c2, c3, 3, padding=1), nn.BatchNorm2d(c3), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.3), nn.Linear(c3 * 16, 128), nn.ReLU(),
                                  nn.Linear(128, len(ALPHABET)))

    def forward(self, x):
        return self.head(self.features(x))


def augment(x: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    n = x.shape[0]
    rand = lambda *s: torch.rand(*s, generator=gen)  # noqa: E731
    angle = (rand(n) - 0.5) * 0.12
    scale = 0.88 + rand(n) * 0.24
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0] = torch.cos(angle) / scale
    theta[:, 0, 1] = -torch.sin(angle) / scale
    theta[:, 1, 0] = torch.sin(angle) / scale
    theta[:, 1, 1] = torch.cos(angle) / scale
    theta[:, :, 2] = (rand(n, 2) - 0.5) * 0.16
    x = F.grid_sample(x, F.affine_grid(theta, x.shape, align_corners=False), align_corners=False)
    weight = rand(n)
    bold = F.max_pool2d(x, 3, 1, 1)
    thin = -F.max_pool2d(-x, 3, 1, 1)
    x = torch.where((weight < 0.2)[:, None, None, None], bold, x)
    x = torch.where((weight > 0.85)[:, None, None, None], thin, x)
    blur = rand(n) < 0.4
    kernel = torch.tensor([[1., 2., 1.], [2., 4., 2.], [1., 2., 1.]]) / 16
    x = torch.where(blur[:, None, None, None], F.conv2d(x, kernel[None, None], padding=1), x)
    contrast = 0.6 + rand(n, 1, 1, 1) * 0.4
    x = x * contrast + torch.randn(x.shape, generator=gen) * (rand(n, 1, 1, 1) * 0.08)
    return x.clamp(0, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cells", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--real-repeats", type=int, default=1)
    parser.add_argument("--channels", default="32,64,128", help="conv channels c1,c2,c3")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    gen = torch.Generator().manual_seed(args.seed)
    data = np.load(args.cells)
    glyph_repeats = 200  # the clean font glyphs, repeated so the augmentation sees them often
    real = args.real_repeats  # real crops are the scarcest and closest to the field: seen more often
    train_x = np.concatenate([data["train_real"]] * real + [data["pages"]] + [data["glyphs"]] * glyph_repeats)
    train_y = np.concatenate([data["train_real_y"]] * real + [data["pages_y"]]
                             + [data["glyphs_y"]] * glyph_repeats)
    x = torch.from_numpy(train_x).float()[:, None]
    y = torch.from_numpy(train_y).long()
    test_x = torch.from_numpy(data["test_real"]).float()[:, None]
    test_y = torch.from_numpy(data["test_real_y"]).long()
    channels = [int(c) for c in args.channels.split(",")]
    model = CellNet(*channels)
    steps = args.epochs * (len(x) // 256)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps)
    start = time.time()
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(x), generator=gen)
        for i in range(0, len(order) - 255, 256):
            idx = order[i:i + 256]
            loss = F.cross_entropy(model(augment(x[idx], gen)), y[idx], label_smoothing=0.02)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        model.eval()
        with torch.no_grad():
            pred = torch.cat([model(test_x[i:i + 4096]).argmax(1) for i in range(0, len(test_x), 4096)])
        accuracy = float((pred == test_y).float().mean())
        print(f"epoch {epoch + 1}: loss {loss.item():.4f}, held-out real cell accuracy {accuracy:.5f}, "
              f"{time.time() - start:.0f} s", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(model, torch.zeros(1, 1, 32, 32), str(args.out), dynamo=False, opset_version=13,
                      input_names=["cells"], output_names=["logits"], dynamic_axes={"cells": {0: "n"},
                                                                                    "logits": {0: "n"}})
    meta = {"alphabet": ALPHABET, "input": [32, 32], "seed": args.seed, "epochs": args.epochs,
            "real_repeats": args.real_repeats, "channels": channels,
            "train_cells": int(len(x)), "held_out_real_cell_accuracy": accuracy,
            "command": f"python tools/train_recogniser.py {args.cells} {args.out} --epochs {args.epochs} "
                       f"--seed {args.seed} --real-repeats {args.real_repeats} --channels {args.channels}",
            "training_seconds": round(time.time() - start)}
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
