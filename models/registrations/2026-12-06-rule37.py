"""Registration #37's rule (models/registrations/2026-12-06-session21.txt), coded before the numbers exist.

Usage: python3 models/registrations/2026-12-06-rule37.py COMPARE_JSON  (compare.py --json with R, R14, R15, EA, EA14, EB13, EB14)
"""
import json
import statistics
import sys

d = json.load(open(sys.argv[1]))
R = [d["R"], d["R14"], d["R15"]]
E = [d["EB13"], d["EB14"]]


def mean(xs, k):
    return statistics.fmean(x[k] for x in xs)


def spread(k):
    vals = [x[k] for x in R]
    return max(vals) - min(vals)


rows = []


def check(name, ok, detail):
    rows.append((name, ok, detail))


def cmp_hi(label, k, floor):  # EB-bar >= R-bar - max(floor, s)
    a, r, s = mean(E, k), mean(R, k), spread(k)
    allow = max(floor, s)
    check(label, a >= r - allow, f"EB {a:.4f} R {r:.4f} s {s:.4f} allow -{allow:.4f}")


def cmp_lo(label, k, floor):  # EB-bar <= R-bar + max(floor, s)
    a, r, s = mean(E, k), mean(R, k), spread(k)
    allow = max(floor, s)
    check(label, a <= r + allow, f"EB {a:.4f} R {r:.4f} s {s:.4f} allow +{allow:.4f}")


a, r = mean(E, "mean"), mean(R, "mean")
check("G gain mean", a >= r + 0.005, f"EB {a:.4f} R {r:.4f} need +0.005")
a, r = mean(E, "implicit_half"), mean(R, "implicit_half")
check("G gain implicit half", a >= r + 0.03, f"EB {a:.4f} R {r:.4f} need +0.03")
cmp_hi("1 dev", "dev", 0.005)
cmp_lo("2 identity half", "identity_half", 0.01)
cmp_lo("2 identity second", "identity_second", 0.01)
a, r = mean(E, "kinds_under"), mean(R, "kinds_under")
check("3 kinds under 0.70", a <= r, f"EB {a:.2f} R {r:.2f}")
cmp_lo("4 tail half", "tail_half", 0.005)
cmp_lo("4 tail second", "tail_second", 0.005)
cmp_hi("5 remove dev", "remove_dev", 0.02)
cmp_hi("5 remove half", "remove_half", 0.02)
cmp_lo("6 facts benign", "facts_benign_flagged", 0.01)
cmp_lo("7 opinions benign", "opinions_benign_flagged", 0.01)
eb = d["EB13"]
check("T EB13 targets", eb["dev"] >= 0.78 and eb["half"] >= 0.85 and eb["identity_half"] <= 0.10,
      f"dev {eb['dev']:.4f} half {eb['half']:.4f} identity {eb['identity_half']:.3f}")
for name, ok, detail in rows:
    print(f"{'PASS' if ok else 'FAIL'}  {name:24} {detail}")
print("ADOPT EB13" if all(ok for _, ok, _ in rows) else "NOT ADOPTED")
