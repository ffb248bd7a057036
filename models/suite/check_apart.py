"""Check that the functional suite's evaluation half shares no sentence and no template with anything trained on.

    python3 models/suite/check_apart.py            # prints the overlap report, exit 1 if anything is shared
    python3 models/suite/check_apart.py --train /tmp/train6.csv   # another suite training CSV in place of train.csv
    python3 models/suite/check_apart.py --show-eval   # also print the evaluation texts found (not for batch writers)

An overlap is shown by the training row it repeats (evaluation sets against each other: counts only), so that a
writer of training batches can reword their own row without ever reading an evaluation set.

Training side: ``models/suite/train.csv`` (the suite's training half) and ``models/extra/written_examples.csv``
(the older written training examples), and ``train_third.CONTEXTS`` (the everyday sentences the encoder build puts next
to suite rows). Evaluation side: ``models/suite/eval.csv`` and, when present, ``models/suite/eval_second.csv`` (the
second evaluation set, written later by another author) and ``models/suite/eval_third.csv`` (the sealed third): each
against the training side, and each later set against the earlier ones too (a yardstick that repeats another
measures nothing new). And, when present, ``models/suite/eval_facts.csv`` (the facts-of-victimisation set, written
by hand on 2026-12-06): against the training side and against the three earlier evaluation sets. And, when present,
``models/suite/eval_opinions.csv`` (opinions on contested subjects vs hate on the same subject, written by hand on
2026-12-06): against the training side and against the four earlier evaluation sets.

Three comparisons, each on the text lower-cased, accents kept, punctuation and emoji dropped, spaces collapsed:
- **sentences**: an evaluation text equal to a training text;
- **templates**: the same after every group word (the target names and the term lists' neutral group names, in any
  form) is replaced by ``<g>`` - two texts that differ only by the group they name come from one template;
- **near templates** (reported, not failed): evaluation texts whose word 4-grams (group words masked) all occur in
  one training text - a shared frame with a word added or removed.
Standard library only, so it runs without the project's environment.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN_FILES = (ROOT / "models" / "suite" / "train.csv", ROOT / "models" / "extra" / "written_examples.csv")
EVAL_FILE = ROOT / "models" / "suite" / "eval.csv"
SECOND_EVAL_FILE = ROOT / "models" / "suite" / "eval_second.csv"
THIRD_EVAL_FILE = ROOT / "models" / "suite" / "eval_third.csv"  # sealed: measured once per decision
FACTS_EVAL_FILE = ROOT / "models" / "suite" / "eval_facts.csv"  # facts of victimisation vs hate on the same harm
OPINIONS_EVAL_FILE = ROOT / "models" / "suite" / "eval_opinions.csv"  # opinions vs hate on the same subject
LEXICONS = ROOT / "worker" / "lexicons"

# Surface forms of the suite's targets beyond the term lists (stems: a word starting with one is a group word).
GROUP_STEMS = (
    "noir", "renoi", "black", "afro", "africain", "arabe", "rebeu", "beur", "maghréb", "magreb", "nord-africain",
    "asiat", "chinois", "japonais", "vietnam", "coréen", "rom", "tsigane", "gitan", "manouche", "gens du voyage",
    "migrant", "réfugié", "immigr", "étranger", "exilé", "demandeur", "sans-papier", "clandestin", "juif", "juive",
    "israélite", "musulm", "islam", "femme", "meuf", "fille", "nana", "gay", "gai", "homo", "lesbienne", "pd",
    "trans", "handicap", "autiste", "trisomique", "sourd", "aveugle", "fauteuil", "mongol", "gogol",
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def read_texts(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [row["text"] for row in csv.DictReader(fh)]


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def lexicon_terms() -> set[str]:
    terms: set[str] = set()
    for path in sorted(LEXICONS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry, _, severity = line.partition("|")
            if severity.strip() == "term" and not entry.lstrip().startswith("#"):
                terms.update(words(entry))
    return terms


def masker(terms: set[str]) -> Callable[[str], tuple[str, ...]]:
    def mask(text: str) -> tuple[str, ...]:
        out: list[str] = []
        for w in words(text):
            group = w in terms or any(w.startswith(s) for s in GROUP_STEMS)
            if not (group and out and out[-1] == "<g>"):
                out.append("<g>" if group else w)
        return tuple(out)

    return mask


def grams(seq: tuple[str, ...], n: int = 4) -> set[tuple[str, ...]]:
    return {seq[i : i + n] for i in range(len(seq) - n + 1)} if len(seq) >= n else {seq}


def report(train: Iterable[str], evaluation: list[str]) -> dict[str, list[str]]:
    train = list(train)
    mask = masker(lexicon_terms())
    plain_train = {" ".join(words(t)) for t in train}
    masked_train = [mask(t) for t in train]
    masked_set = set(masked_train)
    index: dict[tuple[str, ...], set[int]] = {}
    for i, m in enumerate(masked_train):
        for g in grams(m):
            index.setdefault(g, set()).add(i)
    shared_sentences, shared_templates, near = [], [], []
    for text in evaluation:
        m = mask(text)
        if " ".join(words(text)) in plain_train:
            shared_sentences.append(text)
        elif m in masked_set:
            shared_templates.append(text)
        else:
            gs = grams(m)
            common = set.intersection(*(index.get(g, set()) for g in gs)) if gs else set()
            if common and len(m) >= 5:
                near.append(text)
    return {"sentences": shared_sentences, "templates": shared_templates, "near_templates": near}


def counterpart(kind: str, text: str, side: list[str]) -> str:
    """The text on the other side that ``text`` (an evaluation text reported as ``kind``) repeats: what a writer of
    training batches may be shown, so that fixing an overlap never means reading the evaluation sets."""
    mask = masker(lexicon_terms())
    m = mask(text)
    for other in side:
        om = mask(other)
        if kind == "sentences" and " ".join(words(other)) == " ".join(words(text)):
            return other
        if kind == "templates" and om == m:
            return other
        if kind == "near_templates" and grams(m) <= grams(om):
            return other
    return "?"


def main() -> int:
    show_eval = "--show-eval" in sys.argv
    files = TRAIN_FILES
    if "--train" in sys.argv:  # e.g. make_train.py --batches 6 --out PATH, checked before it replaces train.csv
        files = (Path(sys.argv[sys.argv.index("--train") + 1]).resolve(),) + TRAIN_FILES[1:]
    train = [t for path in files if path.exists() for t in read_texts(path)]
    sys.path.insert(0, str(ROOT / "models" / "suite"))
    from train_third import CONTEXTS  # the encoder build's context sentences are trained on too

    train += CONTEXTS
    train_names = ", ".join(p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else str(p)
                            for p in files if p.exists())
    checks: list[tuple[Path, list[str], str]] = [(EVAL_FILE, train, f"training side: {len(train)} texts ({train_names})")]
    if SECOND_EVAL_FILE.exists():
        checks.append((SECOND_EVAL_FILE, train, f"training side: {len(train)} texts"))
        checks.append((SECOND_EVAL_FILE, read_texts(EVAL_FILE), "the first evaluation half"))
    if THIRD_EVAL_FILE.exists():
        checks.append((THIRD_EVAL_FILE, train, f"training side: {len(train)} texts"))
        earlier = read_texts(EVAL_FILE) + (read_texts(SECOND_EVAL_FILE) if SECOND_EVAL_FILE.exists() else [])
        checks.append((THIRD_EVAL_FILE, earlier, "the first and second evaluation sets"))
    if FACTS_EVAL_FILE.exists():
        checks.append((FACTS_EVAL_FILE, train, f"training side: {len(train)} texts"))
        earlier = [t for path in (EVAL_FILE, SECOND_EVAL_FILE, THIRD_EVAL_FILE) if path.exists()
                   for t in read_texts(path)]
        checks.append((FACTS_EVAL_FILE, earlier, "the earlier evaluation sets"))
    if OPINIONS_EVAL_FILE.exists():
        checks.append((OPINIONS_EVAL_FILE, train, f"training side: {len(train)} texts"))
        earlier = [t for path in (EVAL_FILE, SECOND_EVAL_FILE, THIRD_EVAL_FILE, FACTS_EVAL_FILE) if path.exists()
                   for t in read_texts(path)]
        checks.append((OPINIONS_EVAL_FILE, earlier, "the earlier evaluation sets"))
    failed = False
    for path, side, name in checks:
        evaluation = read_texts(path)
        found = report(side, evaluation)
        print(f"{path.relative_to(ROOT).as_posix()}: {len(evaluation)} texts against {name}")
        for kind, texts in found.items():
            print(f"  shared {kind.replace('_', ' ')}: {len(texts)}")
            for text in texts[:10]:
                if show_eval:
                    print(f"      {text}")
                elif side is train:  # the training row it repeats, never the evaluation text
                    print(f"      training row: {counterpart(kind, text, side)}")
        failed = failed or bool(found["sentences"] or found["templates"])
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
