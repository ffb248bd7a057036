"""Registration #36's rule (models/registrations/2026-12-06-session19.txt), coded before the numbers exist.

Usage: python3 models/registrations/2026-12-06-rule36.py COMPARE_JSON  (compare.py --json with R, R14, R15, EA, EA14)

``judge`` is the rule with the names as arguments; registration #37 applies it to other candidates (rule37.py).
Its output for #36 is unchanged by that refactoring (checked on #36's JSON).
"""
import json
import statistics
import sys


def judge(d, reference, candidates, shipped, name):
    """Print each condition PASS/FAIL and the verdict; True if ``shipped`` is adopted."""
    R = [d[k] for k in reference]
    E = [d[k] for k in candidates]

    def mean(xs, k):
        return statistics.fmean(x[k] for x in xs)

    def spread(k):
        vals = [x[k] for x in R]
        return max(vals) - min(vals)

    rows = []

    def check(label, ok, detail):
        rows.append((label, ok, detail))

    def cmp_hi(label, k, floor):  # candidate-bar >= R-bar - max(floor, s)
        a, r, s = mean(E, k), mean(R, k), spread(k)
        allow = max(floor, s)
        check(label, a >= r - allow, f"{name} {a:.4f} R {r:.4f} s {s:.4f} allow -{allow:.4f}")

    def cmp_lo(label, k, floor):  # candidate-bar <= R-bar + max(floor, s)
        a, r, s = mean(E, k), mean(R, k), spread(k)
        allow = max(floor, s)
        check(label, a <= r + allow, f"{name} {a:.4f} R {r:.4f} s {s:.4f} allow +{allow:.4f}")

    a, r = mean(E, "mean"), mean(R, "mean")
    check("G gain mean", a >= r + 0.005, f"{name} {a:.4f} R {r:.4f} need +0.005")
    a, r = mean(E, "implicit_half"), mean(R, "implicit_half")
    check("G gain implicit half", a >= r + 0.03, f"{name} {a:.4f} R {r:.4f} need +0.03")
    cmp_hi("1 dev", "dev", 0.005)
    cmp_lo("2 identity half", "identity_half", 0.01)
    cmp_lo("2 identity second", "identity_second", 0.01)
    a, r = mean(E, "kinds_under"), mean(R, "kinds_under")
    check("3 kinds under 0.70", a <= r, f"{name} {a:.2f} R {r:.2f}")
    cmp_lo("4 tail half", "tail_half", 0.005)
    cmp_lo("4 tail second", "tail_second", 0.005)
    cmp_hi("5 remove dev", "remove_dev", 0.02)
    cmp_hi("5 remove half", "remove_half", 0.02)
    cmp_lo("6 facts benign", "facts_benign_flagged", 0.01)
    cmp_lo("7 opinions benign", "opinions_benign_flagged", 0.01)
    one = d[shipped]
    check(f"T {shipped} targets", one["dev"] >= 0.78 and one["half"] >= 0.85 and one["identity_half"] <= 0.10,
          f"dev {one['dev']:.4f} half {one['half']:.4f} identity {one['identity_half']:.3f}")
    for label, ok, detail in rows:
        print(f"{'PASS' if ok else 'FAIL'}  {label:24} {detail}")
    adopted = all(ok for _, ok, _ in rows)
    print(f"ADOPT {shipped}" if adopted else "NOT ADOPTED")
    return adopted


if __name__ == "__main__":
    d = json.load(open(sys.argv[1]))
    d.setdefault("EA13", d["EA"])  # EA13 is compare.py's "EA"
    judge(d, ["R", "R14", "R15"], ["EA", "EA14"], "EA13", "EA")
