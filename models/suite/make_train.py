"""Write ``models/suite/train.csv``: the TRAINING half of the Vigie functional suite (see README.md).

Hand-written templates (``train_hate``, ``train_benign``) x surface forms of every target (``train_groups``), each
frame rendered for ALL eleven targets so that naming a group carries no label; hateful ideas are linked by ``pair``
to their negated, counter-quoted and positive counterparts (and hate questions to neutral questions, group
conspiracies to neutral facts). Spelling-trick rows apply ``augment`` to our own clean sentences on a key word.
Deterministic (seeded). Standard library only:

    python3 models/suite/make_train.py            # writes models/suite/train.csv (all five batches: 11,478 rows)
    python3 models/suite/make_train.py --stats    # counts per kind, per target, smallest cell (reads the CSV)
    python3 models/suite/make_train.py --batches 3   # the first three batches only (8,255 rows: fast 0.7.0, encoder 2.2.0)
    python3 models/suite/make_train.py --batches 4   # up to the fourth batch (9,801 rows: the 2.3.0 round, not adopted)
    python3 models/suite/make_train.py --batches 6 --out /tmp/train6.csv   # opt-in sixth batch (13,374 rows), elsewhere
    python3 models/suite/make_train.py --stats --out /tmp/train6.csv       # stats of that file
    python3 models/suite/make_train.py --batches 7 --out /tmp/train7.csv   # opt-in seventh batch (15,707 rows; implies the sixth)
    python3 models/suite/make_train.py --eighth --out /tmp/train8.csv      # the five batches + the eighth (12,414 rows)
    python3 models/suite/make_train.py --ninth --out /tmp/train9.csv       # the five batches + the ninth
    python3 models/suite/make_train.py --tenth --out /tmp/train10.csv      # the five batches + the tenth
    python3 models/suite/make_train.py --eleventh --out /tmp/train11.csv   # the five batches + the eleventh
    python3 models/suite/make_train.py --eighth --tenth --eleventh --twelfth --out /tmp/train12.csv
                      # the five + eighth + tenth + eleventh, then the twelfth (noisy posts naming groups) last
    python3 models/suite/make_train.py --eighth --tenth --eleventh --seventh-last --out /tmp/all.csv
                      # the five + eighth + tenth + eleventh, then the seventh without the sixth (16,076 rows)
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import augment  # noqa: E402
from train_benign import ABUSE_NONPROTECTED, BENIGN, NEUTRAL_TOPIC, PROFANITY_NONE, QUOTE_FRAMES  # noqa: E402
from train_fifth import (  # noqa: E402
    CONSPIRACY_FIFTH,
    FIFTH_PAIRED,
    NEUTRAL_FIFTH,
    POSITIVE_FIFTH,
    RECLAIM_FIFTH,
    RECLAIM_PAIRS,
    SLUR_COUNTER,
)
from train_fourth import (  # noqa: E402
    ABUSE_FOURTH,
    ABUSE_FRAMES,
    CONTRAST,
    FOURTH_PAIRED,
    GROUPLIKE_FRAMES,
    INVENTED,
    NEUTRAL_FOURTH,
    NP,
    ORDINARY,
    PEOPLE,
    PESTS,
)
from train_groups import FORMS, ISM, RECLAIM, SELF, SLURS, TARGETS, Form, render, slots  # noqa: E402
from train_hate import CONSPIRACY_NOGROUP, HATE, IDEAS  # noqa: E402
from train_more import (  # noqa: E402
    ABUSE_MORE,
    BENIGN_MORE,
    CONSPIRACY_MORE,
    MORE_IDEAS,
    NEUTRAL_NONE,
    PAIRED,
    SPELL_BENIGN_MORE,
)
from train_seventh import (  # noqa: E402
    CONSPIRACY_SEVENTH,
    COUNTER_NONE_SEVENTH,
    COUNTER_SEVENTH,
    IDIOM_NONE_SEVENTH,
    NEUTRAL_SEVENTH,
    NEWS_SEVENTH,
    OWN_INTRO_FRAMES,
    OWN_INTRO_SEVENTH,
    OWN_SEVENTH,
    POSITIVE_SEVENTH,
    QUESTION_SEVENTH,
    SEVENTH_PAIRED,
    SPELL_BENIGN_SEVENTH,
)
from train_sixth import (  # noqa: E402
    ABUSE_SIXTH,
    CONSPIRACY_SIXTH,
    COUNTER_NONE,
    IDIOM_NONE,
    OPINION_NONE,
    OPINION_SIXTH,
    SIXTH_IMPLICIT,
)
from train_third import CONSPIRACY_THIRD, THIRD_PAIRED  # noqa: E402

OUT = HERE / "train.csv"
SEED = 20261202
COLUMNS = ["id", "text", "label", "functionality", "target", "pair"]
HATEFUL = {"derogation", "dehumanisation", "threat_direct", "threat_normative", "slur", "profanity_hate",
           "hate_question", "hate_opinion", "hate_implicit", "negated_praise", "conspiracy_group",
           "conspiracy_nogroup", "spell_swap", "spell_delete", "spell_space_removed", "spell_space_added", "spell_leet"}
BENIGN_KINDS = {"negated_hate", "counter_quote", "counter_reference", "news_report", "identity_neutral",
                "identity_positive", "neutral_question", "own_identity", "reclaimed", "profanity_nohate",
                "abuse_nonprotected", "neutral_topic", "spell_benign"}
LABEL = {**{k: 1 for k in HATEFUL}, **{k: 0 for k in BENIGN_KINDS}}

EMOJI = {"hate": ["😡", "🤮", "🤬", "💀", "🙄", "😤"], "counter": ["😡", "😔", "🙏", "✊", "😤"],
         "pos": ["❤️", "👏", "🙌", "💪", "✨", "🥰"], "neutral": ["🙂", "🤔", "👀", "📚", "📰"],
         "abuse": ["😡", "🤬", "🙄", "😤", "💀", "😂"]}
TAGS = {"hate": ["#ras_le_bol", "#FranceAuxFrançais", "#réveillezvous", "#onestcheznous"],
        "counter": ["#StopHaine", "#NonALaHaine", "#StopRacisme", "#PasDeHaine"],
        "pos": ["#respect", "#diversité", "#fierté", "#vivreensemble"],
        "neutral": ["#actu", "#info", "#question", "#société"],
        "abuse": ["#coupdegueule", "#jpp", "#marre", "#sérieux"]}  # abuse of non-protected targets: no hate tag
TONE = {"negated_hate": "counter", "counter_quote": "counter", "counter_reference": "counter", "news_report": "neutral",
        "identity_neutral": "neutral", "identity_positive": "pos", "neutral_question": "neutral", "own_identity": "pos",
        "reclaimed": "pos", "profanity_nohate": "neutral", "abuse_nonprotected": "hate", "neutral_topic": "neutral",
        "spell_benign": "pos"}
INSULTS = ["rats", "vermine", "animaux", "parasites", "cancer", "cafards", "bétail", "sous-hommes", "déchets",
           "maladie", "singes", "menteurs", "racaille", "ordures", "inférieur", "violent", "fourbes", "dégoûtants"]


def decorate(text: str, rng: random.Random, tone: str) -> str:
    """Tweet-like surface: optional @USER, lower-cased start, punctuation or none, emoji, hashtag."""
    q = text.rstrip().endswith("?")
    core = text.rstrip(" .!?")
    if rng.random() < 0.3:
        core = core[0].lower() + core[1:]
    end = "?" if q else rng.choice(["", "", ".", ".", "!", " !", "...", "!!" if tone == "hate" else "."])
    if q and rng.random() < 0.25:
        end = rng.choice(["??", " ?", ""])
    out = core + end
    if rng.random() < 0.2:
        out += " " + rng.choice(EMOJI[tone])
    if rng.random() < 0.1:
        out += " " + rng.choice(TAGS[tone])
    if rng.random() < 0.2:
        out = "@USER " + out
    return out


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.rows: list[dict[str, str]] = []
        self.seen: set[str] = set()
        self.npair = 0

    def new_pair(self) -> str:
        self.npair += 1
        return f"p{self.npair:04d}"

    def add(self, text: str, kind: str, target: str, pair: str = "", tone: str | None = None,
            deco: bool = True) -> str:
        if deco:
            text = decorate(text, self.rng, tone or TONE.get(kind, "hate"))
        text = re.sub(r"\s+", " ", text).strip()
        if text in self.seen:
            return ""
        self.seen.add(text)
        self.rows.append({"text": text, "label": str(LABEL[kind]), "functionality": kind, "target": target,
                          "pair": pair})
        return text

    def form(self, target: str) -> Form:
        return self.rng.choice(FORMS[target])

    def values(self, target: str, form: Form | None = None) -> dict[str, str]:
        form = form or self.form(target)
        v = slots(target, form, self.rng.choice(SLURS[target]), self.rng.choice(ISM[target]))
        pred, fem = self.rng.choice(SELF[target])
        noun = re.sub(r"^(une?|d'|issue|arrivée|en fauteuil)\b ?", "", pred)
        v.update(moi=pred, me="e" if fem else "",
                 moi_n=noun if noun == pred and not pred.startswith(("d'", "en ")) else "personne " + pred)
        rw, rws, rfem = self.rng.choice(RECLAIM[target])
        if "rw" not in v:
            v.update(rw=rw, rws=rws)
        return v


def build_ideas(b: Builder, ideas: list[tuple[str, str, str, str]] = IDEAS) -> list[tuple[str, str, str]]:
    """Hateful ideas x targets with their counterparts; returns clean (hate text, target, key word) for spelling."""
    clean = []
    for kind, hate, neg, pos in ideas:
        for t in TARGETS:
            form = b.form(t)
            v = b.values(t, form)
            pair = b.new_pair()
            h = render(hate, v)
            b.add(h, kind, t, pair, "hate")
            b.add(render(neg, v), "negated_hate", t, pair)
            b.add(b.rng.choice(QUOTE_FRAMES).replace("{H}", h[0].lower() + h[1:]), "counter_quote", t, pair,
                  deco=b.rng.random() < 0.5)
            b.add(render(pos, v), "identity_positive", t, pair)
            clean.append((h, t, max(form.pl.split(), key=len)))
    return clean


def build_templates(b: Builder) -> None:
    """Every other group kind: each template rendered for every target (counterfactual frames)."""
    for kind, temps in HATE.items():
        for i, tpl in enumerate(temps):
            topic_pair = ""
            if kind == "conspiracy_group" and i < len(NEUTRAL_TOPIC):
                topic_pair = b.new_pair()
                b.add(NEUTRAL_TOPIC[i], "neutral_topic", "none", topic_pair)
            for t in TARGETS:
                v = b.values(t)
                pair = topic_pair
                if kind == "hate_question" and i < len(BENIGN["neutral_question"]):
                    pair = b.new_pair()
                    b.add(render(BENIGN["neutral_question"][i], v), "neutral_question", t, pair)
                b.add(render(tpl, v), kind, t, pair, "hate")
    for txt in NEUTRAL_TOPIC[len(HATE["conspiracy_group"]):]:
        b.add(txt, "neutral_topic", "none")
    for kind, temps in BENIGN.items():
        if kind == "neutral_question":
            temps = temps[len(HATE["hate_question"]):]
        real = "profanity_nohate" if kind == "profanity_nohate_group" else kind
        if kind == "spell_benign":
            continue
        for tpl in temps:
            for t in TARGETS:
                v = b.values(t)
                if kind == "reclaimed":
                    rw, rws, rfem = b.rng.choice(RECLAIM[t])
                    v.update(rw=rw, rws=rws, me="e" if rfem else "")
                b.add(render(tpl, v), real, t)
    for txt in CONSPIRACY_NOGROUP:
        b.add(txt, "conspiracy_nogroup", "none", tone="hate")
        b.add(txt, "conspiracy_nogroup", "none", tone="hate")  # second, differently decorated surface
    for txt in PROFANITY_NONE:
        b.add(txt, "profanity_nohate", "none", tone="neutral")
    for txt in ABUSE_NONPROTECTED:
        b.add(txt, "abuse_nonprotected", "none")
        b.add(txt, "abuse_nonprotected", "none")


def _spell(b: Builder, kind: str, text: str, key: str | None) -> str:
    rng = b.rng
    for _ in range(4):
        if kind == "spell_swap":
            out = augment.swap_letters(text, rng, key)
        elif kind == "spell_delete":
            out = augment.delete_letter(text, rng, key)
        elif kind == "spell_space_removed":
            out = augment.remove_spaces(text, rng)
        elif kind == "spell_space_added":
            out = augment.add_spaces(text, rng, key)
        elif kind == "spell_leet":
            out = (augment.leetify(text, rng, key) if rng.random() < 0.75
                   else augment.double_letter(text, rng, key, times=rng.randint(2, 3)))
        else:
            out = augment.leetify(text, rng, key) if rng.random() < 0.5 else augment.noisy(text, rng)
        if out != text:
            return out
    return ""


def build_spelling(b: Builder, clean: list[tuple[str, str, str]]) -> None:
    """Spelling tricks on our own clean sentences, on the group name or the insult."""
    kinds = ["spell_swap", "spell_delete", "spell_space_removed", "spell_space_added", "spell_leet"]
    by_target: dict[str, list[tuple[str, str]]] = {t: [] for t in TARGETS}
    for h, t, g in clean:
        by_target[t].append((h, g))
    for t in TARGETS:  # slur sentences too, key word = the slur
        for tpl in HATE["slur"]:
            v = b.values(t)
            by_target[t].append((render(tpl, v), max(v["X"].split(), key=len)))
    for kind in kinds:
        for t in TARGETS:
            pool = b.rng.sample(by_target[t], 12)
            for h, g in pool:
                insult = [w for w in INSULTS if w in h]
                key = insult[0] if insult and b.rng.random() < 0.5 else g
                out = _spell(b, kind, decorate(h, b.rng, "hate") if kind != "spell_space_removed" else h, key)
                if out:
                    b.add(out, kind, t, deco=False)
    for t in TARGETS:
        for tpl in BENIGN["spell_benign"]:
            form = b.form(t)
            txt = decorate(render(tpl, b.values(t, form)), b.rng, "pos")
            out = _spell(b, "spell_benign", txt, max(form.pl.split(), key=len))
            if out:
                b.add(out, "spell_benign", t, deco=False)


def build_paired(b: Builder, paired: list[tuple[str, str, list[tuple[str, str]]]],
                 clean: list[tuple[str, str, str]]) -> None:
    """Hateful frames x targets, each with its benign counterparts on the same surface form (same ``pair``)."""
    for kind, hate, counterparts in paired:
        topics = [c for c in counterparts if c[0] == "neutral_topic"]
        group_counterparts = [c for c in counterparts if c[0] != "neutral_topic"]
        topic_pair = ""
        if topics:
            topic_pair = b.new_pair()
            for _, txt in topics:
                b.add(txt, "neutral_topic", "none", topic_pair)
        for t in TARGETS:
            form = b.form(t)
            v = b.values(t, form)
            pair = topic_pair or (b.new_pair() if group_counterparts else "")
            h = render(hate, v)
            b.add(h, kind, t, pair, "hate")
            for bkind, tpl in group_counterparts:
                b.add(render(tpl, v), bkind, t, pair)
            clean.append((h, t, max(form.pl.split(), key=len)))


def build_conspiracies(b: Builder, items: list[tuple[str, str | None]]) -> None:
    """Conspiracies naming no group, twice (differently decorated), paired with their fact when there is one."""
    for txt, fact in items:
        pair = b.new_pair() if fact else ""
        b.add(txt, "conspiracy_nogroup", "none", pair, "hate")
        b.add(txt, "conspiracy_nogroup", "none", pair, "hate")  # second, differently decorated surface
        if fact:
            b.add(fact, "neutral_topic", "none", pair)


def build_spelling_more(b: Builder, clean: list[tuple[str, str, str]], per_kind: dict[str, int],
                        conspiracies: list[tuple[str, str | None]], n_conspiracies: int) -> None:
    """Spelling tricks on the clean sentences of a later batch, and on its conspiracy lines (no group word)."""
    by_target: dict[str, list[tuple[str, str]]] = {t: [] for t in TARGETS}
    for h, t, g in clean:
        by_target[t].append((h, g))
    for kind, n in per_kind.items():
        for t in TARGETS:
            for h, g in b.rng.sample(by_target[t], n):
                insult = [w for w in INSULTS if w in h]
                key = insult[0] if insult and b.rng.random() < 0.3 else g
                out = _spell(b, kind, decorate(h, b.rng, "hate") if kind != "spell_space_removed" else h, key)
                if out:
                    b.add(out, kind, t, deco=False)
    for kind in ("spell_delete", "spell_space_removed"):
        for txt, _ in b.rng.sample(conspiracies, n_conspiracies):
            out = _spell(b, kind, txt, None)
            if out:
                b.add(out, kind, "none", deco=False)


def build_more(b: Builder) -> None:
    """Second batch (``train_more``), appended after the first so that earlier ids and pairs stay unchanged."""
    clean = build_ideas(b, MORE_IDEAS)
    build_paired(b, PAIRED, clean)
    for kind, temps in BENIGN_MORE.items():
        for tpl in temps:
            for t in TARGETS:
                b.add(render(tpl, b.values(t)), kind, t)
    build_conspiracies(b, CONSPIRACY_MORE)
    for txt in ABUSE_MORE:
        b.add(txt, "abuse_nonprotected", "none")
    for txt in NEUTRAL_NONE:
        b.add(txt, "identity_neutral", "none", tone="neutral")
    # spelling tricks on the new clean sentences (more rows for the weak delete / space-removed tricks)
    build_spelling_more(b, clean, {"spell_swap": 4, "spell_delete": 7, "spell_space_removed": 7, "spell_space_added": 4,
                                   "spell_leet": 4}, CONSPIRACY_MORE, 6)
    build_spell_benign(b, SPELL_BENIGN_MORE)


def build_third(b: Builder) -> None:
    """Third batch (``train_third``: opinions, implicit hate, conspiracies without a group), appended last."""
    clean: list[tuple[str, str, str]] = []
    build_paired(b, THIRD_PAIRED, clean)
    build_conspiracies(b, CONSPIRACY_THIRD)
    build_spelling_more(b, clean, {"spell_swap": 2, "spell_delete": 4, "spell_space_removed": 4, "spell_space_added": 2,
                                   "spell_leet": 2}, CONSPIRACY_THIRD, 5)


def np_values(name: str) -> dict[str, str]:
    """Slot values of a non-protected noun (``train_fourth.NP``), same agreement helpers as the protected forms."""
    pl, sg, fem = NP[name]
    return slots("none", Form(pl, sg, fem))


def build_contrast(b: Builder, items: list[tuple[str, str, list[str]]], clean: list[tuple[str, str, str]]) -> None:
    """One insulting frame, hateful over every protected target and ``abuse_nonprotected`` over non-protected nouns,
    all under one ``pair``: the target decides the label, not the insult word."""
    for kind, frame, nouns in items:
        pair = b.new_pair()
        for name in nouns:
            b.add(render(frame, np_values(name)), "abuse_nonprotected", "none", pair, "abuse")
        for t in TARGETS:
            form = b.form(t)
            h = render(frame, b.values(t, form))
            b.add(h, kind, t, pair, "hate")
            clean.append((h, t, max(form.pl.split(), key=len)))


def build_fourth(b: Builder) -> None:
    """Fourth batch (``train_fourth``: abuse of non-protected targets, neutral group-like frames over ordinary and
    invented nouns, implicit hate), appended last."""
    clean: list[tuple[str, str, str]] = []
    build_paired(b, FOURTH_PAIRED, clean)
    build_contrast(b, CONTRAST, clean)
    pools = {"people": PEOPLE, "pests": PESTS}
    for pool, frame in ABUSE_FRAMES:
        for name in b.rng.sample(pools[pool], 4 if pool == "people" else 5):
            b.add(render(frame, np_values(name)), "abuse_nonprotected", "none", tone="abuse")
    for txt in ABUSE_FOURTH:
        b.add(txt, "abuse_nonprotected", "none", tone="abuse")
    for frame in GROUPLIKE_FRAMES:
        for name in b.rng.sample(ORDINARY, 2) + b.rng.sample(INVENTED, 2):
            b.add(render(frame, np_values(name)), "identity_neutral", "none", tone="neutral")
    for txt in NEUTRAL_FOURTH:
        b.add(txt, "identity_neutral", "none", tone="neutral")
    build_spelling_more(b, clean, {"spell_swap": 2, "spell_delete": 2, "spell_space_removed": 2, "spell_space_added": 1,
                                   "spell_leet": 2}, [], 0)


def build_fifth(b: Builder) -> None:
    """Fifth batch (``train_fifth``: social-media style posts; negated praise, coded hate and hate questions paired
    with benign posts on the same surface; positive and neutral statements about groups; reclaimed words paired with
    the same word as an outsider's slur; conspiracies naming no group paired with facts), appended last."""
    clean: list[tuple[str, str, str]] = []
    build_paired(b, FIFTH_PAIRED, clean)
    for kind, temps in (("identity_positive", POSITIVE_FIFTH), ("identity_neutral", NEUTRAL_FIFTH)):
        for tpl in temps:
            for t in TARGETS:
                b.add(render(tpl, b.values(t)), kind, t)
    for i, (reclaimed, slur) in enumerate(RECLAIM_PAIRS):
        for t in TARGETS:
            sg, pl, fem = b.rng.choice(RECLAIM_FIFTH[t])
            v = {"rw": sg, "rws": pl, "un_rw": ("une " if fem else "un ") + sg, "fier": "fière" if fem else "fier",
                 "re": "e" if fem else ""}
            pair = b.new_pair()
            b.add(render(reclaimed, v), "reclaimed", t, pair)
            b.add(render(slur, v), "slur", t, pair, "hate")
            if i < len(SLUR_COUNTER):
                b.add(render(SLUR_COUNTER[i], v), "counter_quote", t, pair, deco=b.rng.random() < 0.5)
    build_conspiracies(b, CONSPIRACY_FIFTH)
    build_spelling_more(b, clean, {"spell_delete": 1, "spell_space_removed": 1, "spell_leet": 1},
                        CONSPIRACY_FIFTH, 3)


def build_spell_benign(b: Builder, templates: list[str]) -> None:
    """Benign sentences over every target with a spelling trick on the group word (``spell_benign``, label 0)."""
    for t in TARGETS:
        for tpl in templates:
            form = b.form(t)
            txt = decorate(render(tpl, b.values(t, form)), b.rng, "pos")
            out = _spell(b, "spell_benign", txt, max(form.pl.split(), key=len))
            if out:
                b.add(out, "spell_benign", t, deco=False)


def build_conspiracies_nogroup(b: Builder, items: list[tuple[str, str, str]]) -> None:
    """Conspiracies naming no group (two differently decorated surfaces each), each paired with a fact on the same
    topic and, when there is one, a debunking post that quotes the claim."""
    for txt, fact, debunk in items:
        pair = b.new_pair()
        b.add(txt, "conspiracy_nogroup", "none", pair, "hate")
        b.add(txt, "conspiracy_nogroup", "none", pair, "hate")  # second, differently decorated surface
        b.add(fact, "neutral_topic", "none", pair)
        if debunk:
            b.add(debunk, "counter_quote", "none", pair, deco=b.rng.random() < 0.5)


def build_sixth(b: Builder) -> None:
    """Sixth batch (``train_sixth``: implicit / coded hate paired with the sincere use of the same words, counter-speech
    and neutral questions; conspiracies naming no group paired with a fact and a debunking post; policy opinions
    without hate and abuse of non-protected targets), appended last."""
    clean: list[tuple[str, str, str]] = []
    build_paired(b, SIXTH_IMPLICIT, clean)
    build_conspiracies_nogroup(b, CONSPIRACY_SIXTH)
    for tpl in OPINION_SIXTH:
        for t in TARGETS:
            b.add(render(tpl, b.values(t)), "identity_neutral", t)
    for txt in OPINION_NONE + IDIOM_NONE:
        b.add(txt, "identity_neutral", "none", tone="neutral")
    for txt in COUNTER_NONE:
        b.add(txt, "counter_quote", "none", deco=b.rng.random() < 0.5)
    for txt in ABUSE_SIXTH:
        b.add(txt, "abuse_nonprotected", "none", tone="abuse")
    build_spelling_more(b, clean, {"spell_delete": 1, "spell_space_removed": 1, "spell_leet": 1, "spell_swap": 1},
                        [(txt, fact) for txt, fact, _ in CONSPIRACY_SIXTH], 4)


def en_tant_que(pred: str) -> str:
    """« en tant que » + the noun of a ``SELF`` predicate: « une femme noire » → « en tant que femme noire », « en
    fauteuil » → « en tant que personne en fauteuil », « un homme trans » → « en tant qu'homme trans ».
    (``Builder.values`` keeps its older ``moi_n`` so that earlier batches stay byte-identical; the seventh batch
    uses this one.)"""
    if pred.startswith(("un ", "une ")):
        noun = pred.split(" ", 1)[1]
    elif pred.startswith(("d'", "issue", "arrivée", "en ")):
        noun = "personne " + pred
    else:
        noun = pred
    return ("en tant qu'" if Form(noun, noun).vowel else "en tant que ") + noun


def build_seventh(b: Builder) -> None:
    """Seventh batch (``train_seventh``: benign identity statements on the coded-hate surfaces, the speaker's own
    identity, counter-speech and negation; a smaller set of implicit hate and conspiracies in new wording, each paired
    with a benign post on the same surface), appended last."""
    clean: list[tuple[str, str, str]] = []
    build_paired(b, SEVENTH_PAIRED, clean)
    for kind, temps in (("identity_positive", POSITIVE_SEVENTH), ("identity_neutral", NEUTRAL_SEVENTH),
                        ("neutral_question", QUESTION_SEVENTH), ("news_report", NEWS_SEVENTH)):
        for tpl in temps:
            for t in TARGETS:
                b.add(render(tpl, b.values(t)), kind, t)
    for tpl in OWN_SEVENTH:
        for t in TARGETS:
            v = b.values(t)
            v["en_tant_que"] = en_tant_que(v["moi"])
            b.add(render(tpl, v), "own_identity", t)
    for tpl in OWN_INTRO_FRAMES:
        for t in TARGETS:
            intro, fem = b.rng.choice(OWN_INTRO_SEVENTH[t])
            b.add(render(tpl, {"intro": intro, "me": "e" if fem else ""}), "own_identity", t)
    for kind, tpl in COUNTER_SEVENTH:
        for t in TARGETS:
            b.add(render(tpl, b.values(t)), kind, t, deco=kind != "counter_quote" or b.rng.random() < 0.5)
    for txt in IDIOM_NONE_SEVENTH:
        b.add(txt, "identity_neutral", "none", tone="neutral")
    for txt in COUNTER_NONE_SEVENTH:
        b.add(txt, "counter_quote", "none", deco=b.rng.random() < 0.5)
    build_conspiracies_nogroup(b, CONSPIRACY_SEVENTH)
    build_spelling_more(b, clean, {"spell_delete": 2, "spell_space_removed": 2, "spell_leet": 1, "spell_swap": 1},
                        [(txt, fact) for txt, fact, _ in CONSPIRACY_SEVENTH], 4)
    build_spell_benign(b, SPELL_BENIGN_SEVENTH)


def generate(fourth: bool = True, fifth: bool = True, sixth: bool = False,
             seventh: bool = False) -> list[dict[str, str]]:
    """The training half: the first three batches, then the fourth and the fifth (both in the committed
    ``train.csv`` since fast 0.9.0 and encoder 2.4.0), then, opt-in, the sixth and the seventh. ``seventh`` implies
    ``sixth``, which implies ``fifth``, which implies ``fourth``; earlier ids never move."""
    b = Builder()
    clean = build_ideas(b)
    build_templates(b)
    build_spelling(b, clean)
    build_more(b)
    build_third(b)
    if fourth or fifth or sixth or seventh:
        build_fourth(b)
    if fifth or sixth or seventh:
        build_fifth(b)
    if sixth or seventh:
        build_sixth(b)
    if seventh:
        build_seventh(b)
    for i, r in enumerate(b.rows, 1):
        r["id"] = f"t{i:05d}"
    return b.rows


def build_ninth(start: int) -> list[dict[str, str]]:
    """The opt-in ninth batch (``train_ninth.NINTH_PAIRED``), with its own seeded builder so that the earlier
    batches' rows never move; ids ``n00001``..., pairs ``n0001``..."""
    from train_ninth import NINTH_PAIRED  # noqa: PLC0415

    b = Builder()
    b.rng = random.Random(SEED + 9)
    build_paired(b, NINTH_PAIRED, [])
    for i, r in enumerate(b.rows, 1):
        r["id"] = f"n{i:05d}"
        r["pair"] = "n" + r["pair"][1:] if r["pair"] else ""
    return b.rows


def stats(path: Path = OUT) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    kinds = Counter(r["functionality"] for r in rows)
    targets = Counter(r["target"] for r in rows)
    cells = Counter((r["functionality"], r["target"]) for r in rows)
    print(f"rows: {len(rows)}  hateful: {sum(r['label'] == '1' for r in rows)}  "
          f"pairs: {len({r['pair'] for r in rows if r['pair']})}")
    print("\n| kind | label | rows |\n|---|---|---|")
    for k in sorted(kinds, key=lambda k: (-LABEL[k], k)):
        print(f"| {k} | {LABEL[k]} | {kinds[k]} |")
    print("\n| target | rows |\n|---|---|")
    for t in TARGETS + ["none"]:
        print(f"| {t} | {targets[t]} |")
    group_kinds = [k for k in LABEL if any((k, t) in cells for t in TARGETS)]
    low = sorted((cells[(k, t)], k, t) for k in group_kinds for t in TARGETS)[:5]
    print("\nsmallest (kind, target) cells:", ", ".join(f"{k}/{t}={n}" for n, k, t in low))


def main() -> None:
    if "-h" in sys.argv or "--help" in sys.argv:  # before anything is written: the usage is the module docstring
        print(__doc__)
        return
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else OUT
    if "--stats" in sys.argv:
        stats(out)
        return
    batches = int(sys.argv[sys.argv.index("--batches") + 1]) if "--batches" in sys.argv else 5
    if batches not in (3, 4, 5, 6, 7):
        sys.exit(f"--batches must be 3, 4, 5, 6 or 7, got {batches}")
    rows = generate(fourth=batches >= 4, fifth=batches >= 5, sixth=batches >= 6, seventh=batches >= 7)
    if "--eighth" in sys.argv:  # target-specific tropes, written out row by row (train_eighth.py), appended last
        import train_eighth  # noqa: PLC0415

        rows += train_eighth.build()
    if "--ninth" in sys.argv:  # facts of victimisation and discrimination (train_ninth.py), appended after that
        rows += build_ninth(len(rows))
    if "--tenth" in sys.argv:  # the same, written out row by row in many registers (train_tenth.py), appended last
        import train_tenth  # noqa: PLC0415

        rows += train_tenth.build()
    if "--eleventh" in sys.argv:  # opinions on contested subjects vs hate on the same ones (train_eleventh.py), last
        import train_eleventh  # noqa: PLC0415

        rows += train_eleventh.build()
    if "--twelfth" in sys.argv:  # group names in the noisy register of real posts, both labels (train_twelfth.py), last
        import train_twelfth  # noqa: PLC0415

        rows += train_twelfth.build()
    if "--seventh-last" in sys.argv:  # the seventh batch without the sixth (its coded hate), appended after the others
        if batches != 5:
            sys.exit("--seventh-last goes with the five default batches (no --batches)")
        six = generate(sixth=True)
        rows += generate(sixth=True, seventh=True)[len(six):]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
