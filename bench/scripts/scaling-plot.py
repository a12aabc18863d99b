#!/usr/bin/env python3
"""Draws docs/img/accumulation-scaling.svg: time per operation against rows, log-log, for the five accumulation
workloads of issue 10, before and after, from JMH text results (-rf text).

    python3 bench/scripts/scaling-plot.py BEFORE.txt AFTER.txt docs/img/accumulation-scaling.svg

A line of slope 1 is linear (10x the rows, 10x the time), slope 2 quadratic. No dependencies beyond Python 3.
"""
import math
import re
import sys

LINE = re.compile(r"(\w+)Benchmark\.(\w+)\s+(\d+)\s+(\S+)\s+thrpt\s+\d+\s+([\d.]+)")
PATTERNS = ["KeyedAggregation", "NestedPathSet", "StringAccumulation", "ListAppend", "ReducePut"]
COLOURS = {"KeyedAggregation": "#1f77b4", "NestedPathSet": "#2ca02c", "StringAccumulation": "#d62728",
           "ListAppend": "#9467bd", "ReducePut": "#ff7f0e"}


def load(path):
    """{(pattern, implementation): {rows: ms per op}}; implementation is interpreter, jit or java."""
    series = {}
    for line in open(path):
        m = LINE.match(line.strip())
        if not m:
            continue
        pattern, bench, rows, tier, score = m.groups()
        impl = tier if bench == "turnout" else bench
        series.setdefault((pattern, impl), {})[int(rows)] = 1000.0 / float(score)
    return series


def main(before_path, after_path, out_path):
    before, after = load(before_path), load(after_path)
    width, height, left, top, right, bottom = 760, 520, 70, 30, 230, 50
    xs = [2000, 20000, 200000]
    all_ms = [v for s in (before, after) for series in s.values() for v in series.values()]
    y_min = 10 ** math.floor(math.log10(min(all_ms)))
    y_max = 10 ** math.ceil(math.log10(max(all_ms)))

    def x_of(rows):
        return left + (math.log10(rows) - math.log10(xs[0])) / (math.log10(xs[-1]) - math.log10(xs[0])) * (
                width - left - right)

    def y_of(ms):
        return top + (math.log10(y_max) - math.log10(ms)) / (math.log10(y_max) - math.log10(y_min)) * (
                height - top - bottom)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="13">Accumulation workloads: ms per operation against rows '
           f'(log-log; dashed = before, solid = after)</text>']
    decade = y_min
    while decade <= y_max:
        y = y_of(decade)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{decade:g} ms</text>')
        decade *= 10
    for rows in xs:
        x = x_of(rows)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{height - bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle">{rows:,} rows</text>')
    legend_y = top + 10
    for pattern in PATTERNS:
        colour = COLOURS[pattern]
        for data, dash, label in ((before, "6,4", "before"), (after, "", "after")):
            for impl, marker in (("interpreter", "circle"), ("jit", "square")):
                points = sorted(data.get((pattern, impl), {}).items())
                if len(points) < 2:
                    continue
                path = " ".join(f"{x_of(r):.1f},{y_of(ms):.1f}" for r, ms in points)
                out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.6" '
                           f'stroke-dasharray="{dash}"/>')
                for r, ms in points:
                    if marker == "circle":
                        out.append(f'<circle cx="{x_of(r):.1f}" cy="{y_of(ms):.1f}" r="3" fill="{colour}"/>')
                    else:
                        out.append(f'<rect x="{x_of(r) - 3:.1f}" y="{y_of(ms) - 3:.1f}" width="6" height="6" '
                                   f'fill="{colour}"/>')
        out.append(f'<rect x="{width - right + 15}" y="{legend_y - 8}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{width - right + 30}" y="{legend_y + 1}">{pattern}</text>')
        legend_y += 18
    for text in ("circle: interpreter, square: JIT", "dashed: before (copying)", "solid: after (owned values)",
                 "slope 1 = linear, 2 = quadratic"):
        out.append(f'<text x="{width - right + 15}" y="{legend_y + 6}">{text}</text>')
        legend_y += 16
    out.append("</svg>")
    with open(out_path, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
