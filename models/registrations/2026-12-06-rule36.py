"""Registration #36's rule (models/registrations/2026-12-06-session19.txt), coded before the numbers exist.

Usage: python3 models/registrations/2026-12-06-rule36.py COMPARE_JSON  (compare.py --json with R, R14, R15, EA, EA14)
"""
import json
import statistics
import sys

d = json.load(open(sys.argv[1]))
R = [d["R"], d["R14"], d["R15"]]
E = [d["EA"], d["EA14"]]


def mean(xs, k):
    return statistics.fmean(x[k] for x in xs)


def spread(k):
    vals = [x[k] for x in R]
    return max(vals) - min(vals)


rows = []


def check(name, ok, detail):
    rows.append((name, ok, detail))


def cmp_hi(label, k, floor):  # EA-bar >= R-bar - max(floor, s)
    a, r, s = mean(E, k), mean(R, k), spread(k)
    allow = max(floor, s)
    check(label, a >= r - allow, f"EA {a:.4f} R {r:.4f} s {s:.4f} allow -{allow:.4f}")


def cmp_lo(label, k, floor):  # EA-bar <= R-bar + max(floor, s)
    a, r, s = mean(E, k), mean(R, k), spread(k)
    allow = max(floor, s)
    check(label, a <= r + allow, f"EA {a:.4f} R {r:.4f} s {s:.4f} allow +{allow:.4f}")


a, r = mean(E, "mean"), mean(R, "mean")
check("G gain mean", a >= r + 0.005, f"EA {a:.4f} R {r:.4f} need +0.005")
a, r = mean(E, "implicit_half"), mean(R, "implicit_half")
check("G gain implicit half", a >= r + 0.03, f"EA {a:.4f} R {r:.4f} need +0.03")
cmp_hi("1 dev", "dev", 0.005)
cmp_lo("2 identity half", "identity_half", 0.01)
cmp_lo("2 identity second", "identity_second", 0.01)
a, r = mean(E, "kinds_under"), mean(R, "kinds_under")
check("3 kinds under 0.70", a <= r, f"EA {a:.2f} R {r:.2f}")
cmp_lo("4 tail half", "tail_half", 0.005)
cmp_lo("4 tail second", "tail_second", 0.005)
cmp_hi("5 remove dev", "remove_dev", 0.02)
cmp_hi("5 remove half", "remove_half", 0.02)
cmp_lo("6 facts benign", "facts_benign_flagged", 0.01)
cmp_lo("7 opinions benign", "opinions_benign_flagged", 0.01)
ea = d["EA"]
check("T EA13 targets", ea["dev"] >= 0.78 and ea["half"] >= 0.85 and ea["identity_half"] <= 0.10,
      f"dev {ea['dev']:.4f} half {ea['half']:.4f} identity {ea['identity_half']:.3f}")
for name, ok, detail in rows:
    print(f"{'PASS' if ok else 'FAIL'}  {name:24} {detail}")
print("ADOPT EA13" if all(ok for _, ok, _ in rows) else "NOT ADOPTED")
