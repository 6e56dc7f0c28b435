#!/usr/bin/env python3
"""Median and p95 per iteration of each criterion benchmark in a group,
from criterion's raw samples (target/criterion/<group>/<bench>/new/sample.json).
Each sample is one batch of iterations; its time per iteration is one value."""
import glob, json, os, sys

group = sys.argv[1] if len(sys.argv) > 1 else "portrait 1080x1350"
for path in sorted(glob.glob(os.path.join("target/criterion", group, "*", "new", "sample.json"))):
    s = json.load(open(path))
    per = sorted(t / i / 1e6 for t, i in zip(s["times"], s["iters"]))
    n = len(per)
    median = per[n // 2] if n % 2 else (per[n // 2 - 1] + per[n // 2]) / 2
    p95 = per[round((n - 1) * 0.95)]
    name = path.split(os.sep)[-3]
    print(f"| {name} | {median:.1f} ms | {p95:.1f} ms | {n} |")
