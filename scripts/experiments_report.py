#!/usr/bin/env python3
"""Summaries and plots of scripts/experiments.sh's results for docs/results/ (docs/experiments.md).

Usage: scripts/experiments_report.py RESULTS [group ...]   (RESULTS: experiments.sh's $OUT; groups as
there: lm s5 layers chomsky seeds; default: every group whose results exist).
       scripts/experiments_report.py --seeds-summary OUT SEED ...   (scripts/reproduce_seeds.sh's summary) Writes
docs/results/<name>/: summary.md (the table docs/experiments.md quotes), summary.json, the SVG plots, and
each run's eval.json / eval.csv (never checkpoints). Standard library only.
"""
import json
import math
import os
import re
import shutil
import statistics
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = os.path.join(ROOT, "docs", "results")
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]


def svg_plot(title, xlabel, ylabel, series, marker=None, log_x=False, y_range=None):
    """A line chart: series = [(name, [(x, y), ...])]; marker = (x, label) draws a dashed vertical line."""
    w, h, left, right, top, bottom = 720, 420, 70, 180, 40, 50
    xs = [x for _, pts in series for x, _ in pts] + ([marker[0]] if marker else [])
    ys = [y for _, pts in series for _, y in pts]
    fx = (lambda x: math.log10(x)) if log_x else (lambda x: x)
    x0, x1 = fx(min(xs)), fx(max(xs))
    y0, y1 = y_range if y_range else (math.floor(min(ys) * 2) / 2, math.ceil(max(ys) * 2) / 2)
    px = lambda x: left + (fx(x) - x0) / ((x1 - x0) or 1) * (w - left - right)
    py = lambda y: h - bottom - (y - y0) / ((y1 - y0) or 1) * (h - top - bottom)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        f'<text x="{w / 2 - right / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>',
        f'<text x="{(left + w - right) / 2}" y="{h - 10}" text-anchor="middle">{xlabel}</text>',
        f'<text x="15" y="{h / 2}" text-anchor="middle" transform="rotate(-90 15 {h / 2})">{ylabel}</text>',
        f'<rect x="{left}" y="{top}" width="{w - left - right}" height="{h - top - bottom}" fill="none" stroke="#888"/>',
    ]
    for i in range(6):
        y = y0 + (y1 - y0) * i / 5
        out.append(f'<text x="{left - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y:.2f}</text>')
        out.append(f'<line x1="{left}" x2="{w - right}" y1="{py(y):.1f}" y2="{py(y):.1f}" stroke="#eee"/>')
    if log_x:  # powers of 4, and the last power of 2
        ticks = [4**e for e in range(0, 12) if min(xs) <= 4**e <= max(xs)]
        last = 2 ** int(math.log2(max(xs)))
        ticks += [last] if last > ticks[-1] * 1.5 else []
    else:
        step = 10 ** math.floor(math.log10(max(1e-9, (max(xs) - min(xs)) / 4)))
        while (max(xs) - min(xs)) / step > 8:
            step *= 2
        ticks = [t * step for t in range(int(min(xs) // step), int(max(xs) // step) + 2) if min(xs) <= t * step <= max(xs)]
    for t in ticks:
        label = f"{t // 1024}k" if t >= 1024 and t % 1024 == 0 else f"{t:g}"
        out.append(f'<text x="{px(t):.1f}" y="{h - bottom + 16}" text-anchor="middle">{label}</text>')
        out.append(f'<line x1="{px(t):.1f}" x2="{px(t):.1f}" y1="{top}" y2="{h - bottom}" stroke="#eee"/>')
    if marker:
        x = px(marker[0])
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{h - bottom}" stroke="#555" stroke-dasharray="5,4"/>')
        out.append(f'<text x="{x + 4:.1f}" y="{top + 14}" fill="#555">{marker[1]}</text>')
    for i, (name, pts) in enumerate(series):
        c = COLORS[i % len(COLORS)]
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{c}" stroke-width="2"/>')
        if len(pts) <= 40:
            out += [f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{c}"/>' for x, y in pts]
        ly = top + 16 + i * 20
        out.append(f'<line x1="{w - right + 12}" x2="{w - right + 36}" y1="{ly - 4}" y2="{ly - 4}" stroke="{c}" stroke-width="2"/>')
        out.append(f'<text x="{w - right + 42}" y="{ly}">{name}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def seed_dir(variant_dir):
    """A sweep variant's single run folder (`seed-<s>`), or a path that does not exist."""
    seeds = sorted(d for d in os.listdir(variant_dir) if d.startswith("seed-")) if os.path.isdir(variant_dir) else []
    return os.path.join(variant_dir, seeds[0] if seeds else "seed-?")


def load(path):
    with open(path) as f:
        return json.load(f)


def by_length(eval_json):
    return {r["length"]: r for r in eval_json["lengths"]}


def keep(run_dir, dest, name):
    """Copies a run's eval.json and eval.csv as dest/name.eval.{json,csv}."""
    for ext in ("json", "csv"):
        src = os.path.join(run_dir, f"eval.{ext}")
        if os.path.exists(src):
            shutil.copy(src, os.path.join(dest, f"{name}.eval.{ext}"))


def wall_time(log):
    m = re.search(r"done in (\d+) s", open(log).read()) if os.path.exists(log) else None
    return f"{int(m.group(1)) // 60} min {int(m.group(1)) % 60} s" if m else "?"


def write(dest, files):
    os.makedirs(dest, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(dest, name), "w") as f:
            f.write(text)
    print(f"wrote {', '.join(sorted(files))} in {os.path.relpath(dest, ROOT)}", file=sys.stderr)


def lm(results):
    """Row 11: bits per byte by position (the 32k evaluation's buckets) and at each evaluated length."""
    dest = os.path.join(DOCS, "lm-extrapolation")
    os.makedirs(dest, exist_ok=True)
    runs, series = {}, []
    for nh in (1, 2, 3):
        run = seed_dir(os.path.join(results, "lm", f"nh{nh}"))
        if not os.path.exists(os.path.join(run, "eval.json")):
            continue
        e = load(os.path.join(run, "eval.json"))
        lengths = by_length(e)
        longest = lengths[max(lengths)]
        buckets = [(b["end"], b["bits_per_byte"]) for b in longest["loss_buckets"] if b["tokens"] > 0]
        runs[nh] = {
            "train_length": e["train_length"], "step": e["step"],
            "bits_per_byte": {L: r["bits_per_byte"] for L, r in sorted(lengths.items())},
            "bucket_bits_per_byte": {end: bpb for end, bpb in buckets},
        }
        name = "DeltaNet (n_h 1)" if nh == 1 else f"DeltaProduct n_h {nh}"
        series.append((name, buckets))
        keep(run, dest, f"nh{nh}")
    if not runs:
        return
    train = next(iter(runs.values()))["train_length"]
    lengths = sorted(next(iter(runs.values()))["bits_per_byte"])
    ends = sorted(next(iter(runs.values()))["bucket_bits_per_byte"])
    lines = [
        "Bits per byte of the held-out tail, averaged over every position of windows of each length "
        "(eval.json's `bits_per_byte`):", "",
        "| model | " + " | ".join(f"{L}" for L in lengths) + " |",
        "|---|" + "---:|" * len(lengths),
    ]
    for nh, r in runs.items():
        lines.append(f"| n_h {nh} | " + " | ".join(f"{r['bits_per_byte'][L]:.4f}" for L in lengths) + " |")
    lines += ["", f"Bits per byte per position bucket of the {max(lengths)}-byte windows (bucket end):", "",
              "| model | " + " | ".join(str(x) for x in ends) + " |", "|---|" + "---:|" * len(ends)]
    for nh, r in runs.items():
        lines.append(f"| n_h {nh} | " + " | ".join(f"{r['bucket_bits_per_byte'][x]:.3f}" for x in ends) + " |")
    lines += ["", f"Wall time of the three runs (training and evaluation): {wall_time(os.path.join(results, 'lm.log'))}."]
    plot = svg_plot(
        f"Python docs (held out): bits per byte by position, trained at {train}",
        "position (bucket end, log scale)", "bits per byte", series,
        marker=(train, f"train context {train}"), log_x=True)
    write(dest, {"summary.md": "\n".join(lines) + "\n", "summary.json": json.dumps(runs, indent=1) + "\n",
                 "bits_per_byte_by_position.svg": plot})


def reproduce_rows(md):
    return [l for l in open(md).read().splitlines() if l.startswith("|")] if os.path.exists(md) else []


def s5(results):
    """Row 9: per-prefix sequence accuracy along the 512-long evaluation, one curve per n_h."""
    dest = os.path.join(DOCS, "s5")
    os.makedirs(dest, exist_ok=True)
    series, holds = [], {}
    for nh in (1, 2, 3, 4, "4-online"):
        name = f"s5_nh{nh}_neg" if nh != "4-online" else "s5_nh4_neg_online"
        run = os.path.join(results, "s5", name, "len128")
        if not os.path.exists(os.path.join(run, "eval.json")):
            continue
        lengths = by_length(load(os.path.join(run, "eval.json")))
        prefix = lengths[max(lengths)]["prefix_accuracy"]
        label = f"n_h {nh}" if nh != "4-online" else "n_h 4, online, 4x steps"
        series.append((label, [(p, a) for p, a in enumerate(prefix) if p > 0]))
        below = [p for p, a in enumerate(prefix) if p > 0 and a < 0.9]
        holds[nh] = {"prefix_accuracy_at_least_0.9_up_to": (below[0] - 1) if below else len(prefix) - 1,
                     "prefix_accuracy_at_2_3": prefix[2:4],
                     "sequence_accuracy": {L: r["sequence_accuracy"] for L, r in sorted(lengths.items())}}
        keep(run, dest, name)
    if not series:
        return
    rows = reproduce_rows(os.path.join(results, "s5.md"))
    rows += [r for r in reproduce_rows(os.path.join(results, "s5_online.md")) if "s5_nh4_neg_online" in r]
    lines = rows + ["", "Per-prefix sequence accuracy of the 512-long evaluation:", "",
                    "| n_h | >= 0.9 up to position | at position 2 | at position 3 |", "|---:|---:|---:|---:|"]
    lines += [f"| {nh} | {h['prefix_accuracy_at_least_0.9_up_to']} | {h['prefix_accuracy_at_2_3'][0]:.3f} | "
              f"{h['prefix_accuracy_at_2_3'][1]:.3f} |" for nh, h in holds.items()]
    lines += ["", f"Wall time (both stages, four variants): {wall_time(os.path.join(results, 's5.log'))}."]
    stage2 = any(os.path.exists(os.path.join(results, "s5", d, "len128", "metrics.jsonl"))
                 for d in os.listdir(os.path.join(results, "s5")))
    marker = (128, "train length 128") if stage2 else (24, "trained at 24 (no stage 2: < 0.9 there)")
    plot = svg_plot("S5, one layer, [-1, 1]: per-prefix sequence accuracy", "sequence length (prefix)",
                    "sequence accuracy", series, marker=marker, y_range=(0, 1))
    write(dest, {"summary.md": "\n".join(lines) + "\n", "summary.json": json.dumps(holds, indent=1) + "\n",
                 "prefix_accuracy.svg": plot})


def layers(results):
    """Row 8: two layers of n_h = 1 on S3."""
    dest = os.path.join(DOCS, "layers")
    run = os.path.join(results, "layers", "s3_l2_nh1_neg", "len128")
    if not os.path.exists(os.path.join(run, "eval.json")):
        return
    os.makedirs(dest, exist_ok=True)
    keep(run, dest, "s3_l2_nh1_neg")
    lines = reproduce_rows(os.path.join(results, "layers.md"))
    lines += ["", f"Wall time: {wall_time(os.path.join(results, 'layers.log'))}."]
    write(dest, {"summary.md": "\n".join(lines) + "\n"})


def chomsky(results):
    """Row 10: sequence accuracy at 40 / 128 / 256 per task and variant; one plot per task."""
    dest = os.path.join(DOCS, "chomsky")
    os.makedirs(dest, exist_ok=True)
    table, files = {}, {}
    for task in ("parity", "modarith_brackets"):
        runs = [(f"n_h {nh} [-1, 1]", seed_dir(os.path.join(results, "chomsky", task, f"nh{nh}")))
                for nh in (1, 2, 3)]
        runs.append(("n_h 2 [0, 1]", os.path.join(results, "chomsky", f"{task}_nh2_pos")))
        series = []
        for name, run in runs:
            if not os.path.exists(os.path.join(run, "eval.json")):
                continue
            lengths = by_length(load(os.path.join(run, "eval.json")))
            table.setdefault(task, {})[name] = {L: r["sequence_accuracy"] for L, r in sorted(lengths.items())}
            series.append((name, [(L, r["sequence_accuracy"]) for L, r in sorted(lengths.items())]))
            keep(run, dest, f"{task}-" + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_"))
        if series:
            files[f"{task}.svg"] = svg_plot(f"{task}: accuracy at the answer vs length", "sequence length",
                                            "sequence accuracy", series, marker=(40, "train 3-40"), y_range=(0, 1))
    if not table:
        return
    lines = ["| task | model | 40 | 128 | 256 |", "|---|---|---:|---:|---:|"]
    for task, rows in table.items():
        for name, acc in rows.items():
            lines.append(f"| {task} | {name} | " + " | ".join(f"{acc[L]:.3f}" for L in sorted(acc)) + " |")
    lines += ["", f"Wall time (eight runs): {wall_time(os.path.join(results, 'chomsky.log'))}."]
    files["summary.md"] = "\n".join(lines) + "\n"
    files["summary.json"] = json.dumps(table, indent=1) + "\n"
    write(dest, files)


def seeds(results):
    """Rows 2 and 7: merges seeds 1 and 2 of the failing variants into state-tracking-seeds/summary."""
    new = os.path.join(results, "seeds", "summary.json")
    if not os.path.exists(new):
        return
    dest = os.path.join(DOCS, "state-tracking-seeds")
    runs = load(os.path.join(dest, "summary.json"))
    for v, per_seed in load(new).items():
        runs.setdefault(v, {}).update(per_seed)
    for s in ("1", "2"):
        md = os.path.join(results, "seeds", f"seed-{s}.md")
        if os.path.exists(md):
            shutil.copy(md, os.path.join(dest, f"seed-{s}-failing-variants.md"))
    write(dest, {"summary.md": seed_table(runs, lambda s: (s != "666", int(s))),
                 "summary.json": json.dumps(runs, indent=1, sort_keys=True) + "\n"})


def seed_table(runs, seed_order):
    """The state-tracking table over seeds: per variant (README order), the seeds (sorted by `seed_order`)
    and the median (min-max) of the sequence accuracy at 128 / 256 / 512. `runs`: variant -> seed ->
    length (as a string, the JSON key) -> accuracy."""
    order = ["s3_nh1_pos", "s3_nh1_neg", "s3_nh2_pos", "s3_nh2_neg", "s4_nh2_neg", "a5_nh2_neg"]
    lines = ["| variant | seeds | seq acc 128: median (min-max) | 256 | 512 |", "|---|---|---:|---:|---:|"]
    for v in sorted(runs, key=lambda v: (order.index(v) if v in order else 99, v)):
        ordered = sorted(runs[v], key=seed_order)
        cells = []
        for L in ("128", "256", "512"):
            xs = [runs[v][s][L] for s in ordered]
            cells.append(f"{statistics.median(xs):.3f} ({min(xs):.3f}-{max(xs):.3f})")
        lines.append(f"| {v} | {', '.join(ordered)} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def seeds_summary(out, seeds):
    """scripts/reproduce_seeds.sh's summary: every $OUT/seed-<s>/<variant>/len128/eval.json into
    $OUT/summary.json and $OUT/summary.md (seeds in the order given), the table on stdout."""
    runs = {}
    for s in seeds:
        root = f"{out}/seed-{s}"
        for v in sorted(os.listdir(root)):
            path = f"{root}/{v}/len128/eval.json"
            if os.path.exists(path):
                runs.setdefault(v, {})[s] = {str(r["length"]): r["sequence_accuracy"] for r in load(path)["lengths"]}
    json.dump(runs, open(f"{out}/summary.json", "w"), indent=1, sort_keys=True)
    text = seed_table(runs, seeds.index)
    open(f"{out}/summary.md", "w").write(text)
    print(text, end="")

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if sys.argv[1] == "--seeds-summary":
        sys.exit(seeds_summary(sys.argv[2], sys.argv[3:]))
    groups = sys.argv[2:] or ["lm", "s5", "layers", "chomsky", "seeds"]
    for g in groups:
        {"lm": lm, "s5": s5, "layers": layers, "chomsky": chomsky, "seeds": seeds}[g](sys.argv[1])
