"""Registration #37's rule (models/registrations/2026-12-06-session21.txt), coded before the numbers exist: #36's
rule (``judge`` in rule36.py, unchanged) with EB13 and EB14 as the candidate recipe's builds and EB13 shipped.

Usage: python3 models/registrations/2026-12-06-rule37.py COMPARE_JSON  (compare.py --json with R, R14, R15, EA, EA14, EB13, EB14)
"""
import importlib.util
import json
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("rule36", Path(__file__).with_name("2026-12-06-rule36.py"))
rule36 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rule36)

if __name__ == "__main__":
    rule36.judge(json.load(open(sys.argv[1])), ["R", "R14", "R15"], ["EB13", "EB14"], "EB13", "EB")
