"""Robustness benchmark: do flags survive the tricks haters use, without new false positives?

``run(data_dir, bundle)`` scores ``fr_hate_dev.csv`` through the real pipeline (``Scorer``: normalise, model, term
lists, decision table), keeps every post it flags, applies each obfuscation transform to them (seeded RNG) and
reports the share still flagged (target: at least 95 % per transform). It applies the same transforms to the
benign posts (label 0) and reports their false-positive rate, which must not rise by more than 1 point over the
untransformed benign posts.

Transforms act on every word of four letters or more (a worst case: an attacker disguises the words that matter,
the benchmark cannot know which they are): ``leet`` (a->4/@, e->3, i->1, o->0, s->5/$, t->7), ``homoglyphs``
(Cyrillic/Greek look-alikes), ``zero_width`` (invisible characters between letters), ``spacing`` (« s a l e »,
« s.a.l.e », words set apart by two spaces), ``repeated`` (one letter stretched), ``punctuation`` (a censoring mark
inside the word, « ar*be »), ``case_noise`` (random case), ``styled`` (fullwidth, bold mathematical, boxed or
bracketed letters: « ｓａｌｅ », « 𝐬𝐚𝐥𝐞 », « 🆂🅰🅻🅴 », « 🅢🅐🅛🅔 », « ⒮⒜⒧⒠ »), ``zalgo`` (marks stacked on the letters),
``slashed`` (« s/a/l/e »), ``deleted`` (one letter left out of each word, not the first: a misspelling, which no
normaliser can undo), ``swapped`` (two neighbouring letters swapped) and ``combo`` (case noise, then leet or homoglyphs, stretched letters and zero-width
characters together).

    python -m worker.tools.bench.robustness --data ../shared/data [--model DIR] [--json-out robustness.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SEED = 20240607
TARGET_KEPT = 0.95
MAX_FPR_RISE = 0.01
BATCH = 256
DEFAULT_DATA = Path("../shared/data")

# Words an attacker would disguise: four letters or more, French letters only (not the dataset's @USER and LINK, not
# hashtags, handles or URLs, not the dataset's mojibake, which a disguise would make unrepairable).
_WORD = re.compile(r"(?<![\w@#/.’'ʼ‘´`\-])[a-zA-ZàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]{4,}(?![\w/’'ʼ‘´`\-])")
_TOKEN = re.compile(r"\S+")
_SKIP = frozenset({"USER", "LINK"})
# Mentions, hashtags, URLs and the dataset's mojibake (« Ã©vitez »): left alone.
_NOT_WORDS = re.compile(r"[@#/ÃÂð\x80-\x9f]|www\.|â€|\.(?:com|fr|net|org)\b")
_LEET = {"a": "4@", "e": "3", "i": "1", "o": "0", "s": "5$", "t": "7"}
_GLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "k": "κ",
           "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "T": "Т", "H": "Н", "B": "В", "M": "М"}  # fmt: skip
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_MARKS = ("*", "·", "•", "~")

Transform = Callable[[str, random.Random], str]


def _each_word(text: str, rng: random.Random, change: Callable[[str, random.Random], str]) -> str:
    def token(t: str) -> str:
        if _NOT_WORDS.search(t):
            return t
        return _WORD.sub(lambda m: m.group() if m.group() in _SKIP else change(m.group(), rng), t)

    return _TOKEN.sub(lambda m: token(m.group()), unicodedata.normalize("NFC", text))


def leet(text: str, rng: random.Random) -> str:
    def word(w: str, rng: random.Random) -> str:
        spots = [i for i, c in enumerate(w) if c.lower() in _LEET]
        if not spots:
            return w
        chosen = {i for i in spots if rng.random() < 0.5} or {rng.choice(spots)}
        return "".join(rng.choice(_LEET[c.lower()]) if i in chosen else c for i, c in enumerate(w))

    return _each_word(text, rng, word)


def homoglyphs(text: str, rng: random.Random) -> str:
    return _each_word(text, rng, lambda w, r: "".join(_GLYPHS[c] if c in _GLYPHS and r.random() < 0.5 else c for c in w))


def zero_width(text: str, rng: random.Random) -> str:
    return _each_word(text, rng, lambda w, r: "".join(c + (r.choice(_ZERO_WIDTH) if r.random() < 0.5 else "") for c in w[:-1]) + w[-1])


def spacing(text: str, rng: random.Random) -> str:
    """« s a l e », « s.a.l.e », « s-a-l-e »; a space next to the word becomes two, so words stay apart."""
    spaced = _each_word(text, rng, lambda w, r: "\x00" + r.choice((" ", ".", "-")).join(w) + "\x00")
    return spaced.replace(" \x00", "  ").replace("\x00 ", "  ").replace("\x00", "")


def repeated(text: str, rng: random.Random) -> str:
    def word(w: str, rng: random.Random) -> str:
        i = rng.randrange(len(w))
        return w[:i] + w[i] * rng.randint(3, 6) + w[i + 1 :]

    return _each_word(text, rng, word)


def punctuation(text: str, rng: random.Random) -> str:
    def word(w: str, rng: random.Random) -> str:
        i = rng.randrange(1, len(w))
        return w[:i] + rng.choice(_MARKS) + w[i:]

    return _each_word(text, rng, word)


def case_noise(text: str, rng: random.Random) -> str:
    return _each_word(text, rng, lambda w, r: "".join(c.upper() if r.random() < 0.5 else c.lower() for c in w))


# Styled alphabets: (first code point of « A », of « a »); None where the style has no such case
_STYLES = ((0xFF21, 0xFF41), (0x1D400, 0x1D41A), (0x1F170, None), (0x1F150, None), (None, 0x249C))
# Marks « zalgo » generators stack: above, below and through the letter (never a French accent)
_ZALGO_MARKS = tuple(chr(c) for c in (*range(0x0310, 0x0315), *range(0x0316, 0x0320), *range(0x0334, 0x0339)))


def styled(text: str, rng: random.Random) -> str:
    def word(w: str, rng: random.Random) -> str:
        upper, lower = rng.choice(_STYLES)

        def letter(c: str) -> str:
            if not c.isascii() or not c.isalpha():
                return c  # « é » has no styled form: left as it is, as a disguise would
            if upper is not None and (c.isupper() or lower is None):
                return chr(upper + ord(c.upper()) - 65)
            assert lower is not None  # every style has one case or the other
            return chr(lower + ord(c.lower()) - 97)

        return "".join(letter(c) for c in w)

    return _each_word(text, rng, word)


def zalgo(text: str, rng: random.Random) -> str:
    return _each_word(text, rng, lambda w, r: "".join(c + "".join(r.choices(_ZALGO_MARKS, k=r.randint(1, 3))) for c in w))


def slashed(text: str, rng: random.Random) -> str:
    return _each_word(text, rng, lambda w, r: "/".join(w))


def deleted(text: str, rng: random.Random) -> str:
    """One letter, not the first, left out of each word (« sale arabe » -> « sle arbe »)."""
    def drop(w: str, r: random.Random) -> str:
        i = r.randrange(1, len(w))
        return w[:i] + w[i + 1:]

    return _each_word(text, rng, drop)


def swapped(text: str, rng: random.Random) -> str:
    """Two different neighbouring letters, not the first, swapped in each word (« arabe » -> « arbae »)."""
    def swap(w: str, r: random.Random) -> str:
        places = [i for i in range(1, len(w) - 1) if w[i] != w[i + 1]]
        if not places:
            return w
        i = r.choice(places)
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]

    return _each_word(text, rng, swap)


def combo(text: str, rng: random.Random) -> str:
    text = case_noise(text, rng)
    text = leet(text, rng) if rng.random() < 0.5 else homoglyphs(text, rng)
    return zero_width(repeated(text, rng), rng)


TRANSFORMS: tuple[tuple[str, Transform], ...] = (
    ("leet", leet),
    ("homoglyphs", homoglyphs),
    ("zero_width", zero_width),
    ("spacing", spacing),
    ("repeated", repeated),
    ("punctuation", punctuation),
    ("case_noise", case_noise),
    ("styled", styled),
    ("zalgo", zalgo),
    ("slashed", slashed),
    ("deleted", deleted),
    ("swapped", swapped),
    ("combo", combo),
)


def read_dev(data_dir: Path) -> list[tuple[str, int]]:
    with (Path(data_dir) / "fr_hate_dev.csv").open(encoding="utf-8", newline="") as f:
        return [(row["text"], int(row["label"])) for row in csv.DictReader(f)]


def flagged(score: Callable[[Sequence[str]], list[Any]], texts: Sequence[str]) -> list[bool]:
    out: list[bool] = []
    for i in range(0, len(texts), BATCH):
        out += [v.decision != "allow" for v in score(texts[i : i + BATCH])]
    return out


def evaluate(score: Callable[[Sequence[str]], list[Any]], posts: Sequence[tuple[str, int]]) -> dict[str, Any]:
    """The benchmark against any batch scorer returning verdicts (``Scorer.score``)."""
    texts = [t for t, _ in posts]
    base = flagged(score, texts)
    hits = [t for t, f in zip(texts, base, strict=True) if f]
    benign = [t for (t, label) in posts if label == 0]
    benign_fpr = _share(flagged(score, benign))
    rows: list[dict[str, Any]] = [
        {"transform": "none", "flagged": len(hits), "kept": len(hits), "kept_share": 1.0 if hits else 0.0,
         "benign_fpr": benign_fpr, "fpr_rise": 0.0, "meets": True, "example": ""}
    ]  # fmt: skip
    for name, transform in TRANSFORMS:
        rng = random.Random(f"{SEED}:{name}")
        kept = _share(flagged(score, [transform(t, rng) for t in hits]))
        fpr = _share(flagged(score, [transform(t, rng) for t in benign]))
        rows.append(
            {
                "transform": name,
                "flagged": len(hits),
                "kept": round(kept * len(hits)),
                "kept_share": kept,
                "benign_fpr": fpr,
                "fpr_rise": fpr - benign_fpr,
                "meets": kept >= TARGET_KEPT and fpr - benign_fpr <= MAX_FPR_RISE,
                "example": transform("une sale arabe de merde", random.Random(SEED)),
            }
        )
    return {
        "benchmark": "robustness",
        "dev_posts": len(posts),
        "flagged_posts": len(hits),
        "benign_posts": len(benign),
        "target_kept_share": TARGET_KEPT,
        "max_fpr_rise": MAX_FPR_RISE,
        "rows": rows,
        "meets_targets": all(r["meets"] for r in rows),
    }


def run(data_dir: Path = DEFAULT_DATA, bundle: Path | None = None) -> dict[str, Any]:
    """Score dev through the real pipeline (the committed bundle unless ``bundle``) and measure robustness."""
    from worker.pipeline.scoring import Scorer

    scorer = Scorer.from_bundle(bundle)
    result = evaluate(scorer.score, read_dev(Path(data_dir)))
    result["model"] = {"name": scorer.model_ref.name, "version": scorer.model_ref.version}
    return result


def format_table(result: dict[str, Any]) -> str:
    """The result as a plain-text table."""
    head = f"{'transform':<12} {'kept':>9} {'share':>7} {'benign FPR':>10} {'rise':>7}  ok  example"
    lines = [
        f"robustness: {result['flagged_posts']} flagged and {result['benign_posts']} benign dev posts "
        f"(targets: >= {result['target_kept_share']:.0%} kept, FPR rise <= {result['max_fpr_rise'] * 100:.0f} pt)",
        head,
        "-" * len(head),
    ]
    lines += [
        f"{r['transform']:<12} {r['kept']:>4}/{r['flagged']:<4} {r['kept_share']:>7.1%} {r['benign_fpr']:>10.1%} "
        f"{r['fpr_rise'] * 100:>+6.1f}pt  {'yes' if r['meets'] else 'NO ':<3} {r['example']!r}"
        for r in result["rows"]
    ]
    lines.append(f"all targets met: {'yes' if result['meets_targets'] else 'NO'}")
    return "\n".join(lines)


table = format_table  # the name `vigie bench` looks for


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="directory of fr_hate_dev.csv")
    parser.add_argument("--model", type=Path, default=None, help="model bundle (default: the committed one)")
    parser.add_argument("--json-out", type=Path, default=None, help="also write the result as JSON here")
    args = parser.parse_args(argv)
    result = run(args.data, args.model)
    print(format_table(result))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if result["meets_targets"] else 1


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    raise SystemExit(main())
