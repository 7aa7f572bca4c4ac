#!/usr/bin/env python3
"""Draws docs/performance-scaling.svg (log-log, time against catalog size) from BenchmarkDotNet's CSV reports.

Usage: python3 scripts/plot-performance.py BenchmarkDotNet.Artifacts/results > docs/performance-scaling.svg
"""
import csv, math, os, sys

folder = sys.argv[1]
def load(name):
    rows = csv.DictReader(open(os.path.join(folder, f"PhoneRules.Benchmarks.{name}-report.csv")))
    return [(r["Method"].strip("'"), int(r["Models"]), r["Mean"]) for r in rows]

def ms(text):
    value, unit = text.replace(",", "").split()
    return float(value) * {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1, "s": 1000}[unit]

series = {}
for name, wanted in [("RulesBenchmarks", ["NRules: analyze", "LINQ baseline", "NRules: 4 rules", "RulesEngine: 4 rules"]),
                     ("LoaderBenchmarks", ["read and validate"]), ("GeneratorBenchmarks", ["cold"])]:
    for method, models, mean in load(name):
        if method in wanted and models > 0:
            label = {"read and validate": "loader: read and validate", "cold": "generator: cold run"}.get(method, method)
            series.setdefault(label, []).append((models, ms(mean)))

colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]
W, H, L, R, T, B = 720, 440, 70, 230, 30, 50
xs = [1_000, 10_000, 100_000]
ys = [v for points in series.values() for _, v in points]
ymin, ymax = 10 ** math.floor(math.log10(min(ys))), 10 ** math.ceil(math.log10(max(ys)))
def px(x): return L + (math.log10(x) - 3) / 2 * (W - L - R)
def py(y): return T + (math.log10(ymax) - math.log10(y)) / (math.log10(ymax) - math.log10(ymin)) * (H - T - B)

out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
       '<title>PhoneRules: time against catalog size (log-log)</title>',
       f'<rect width="{W}" height="{H}" fill="white"/>']
for x in xs:
    out.append(f'<line x1="{px(x):.1f}" y1="{T}" x2="{px(x):.1f}" y2="{H-B}" stroke="#ddd"/><text x="{px(x):.1f}" y="{H-B+18}" text-anchor="middle">{x:,}</text>')
y = ymin
while y <= ymax:
    label = f"{y/1000:g} s" if y >= 1000 else f"{y:g} ms"
    out.append(f'<line x1="{L}" y1="{py(y):.1f}" x2="{W-R}" y2="{py(y):.1f}" stroke="#ddd"/><text x="{L-6}" y="{py(y)+4:.1f}" text-anchor="end">{label}</text>')
    y *= 10
out.append(f'<text x="{(L+W-R)/2}" y="{H-10}" text-anchor="middle">models in the catalog (rules: ten sightings per model)</text>')
for i, (label, points) in enumerate(sorted(series.items())):
    points.sort()
    path = " ".join(f"{px(x):.1f},{py(v):.1f}" for x, v in points)
    c = colors[i % len(colors)]
    out.append(f'<polyline points="{path}" fill="none" stroke="{c}" stroke-width="2"/>')
    out.extend(f'<circle cx="{px(x):.1f}" cy="{py(v):.1f}" r="3" fill="{c}"/>' for x, v in points)
    out.append(f'<line x1="{W-R+15}" y1="{T+10+i*20}" x2="{W-R+35}" y2="{T+10+i*20}" stroke="{c}" stroke-width="2"/><text x="{W-R+40}" y="{T+14+i*20}">{label}</text>')
out.append("</svg>")
print("\n".join(out))
