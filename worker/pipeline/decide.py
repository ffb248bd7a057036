"""The decision policy: model scores + lexicon matches -> allow / review / remove, with reasons.

Contract: ``decide(scores, norm, matches, policy) -> Verdict``, called per post on an already-scored batch.
The table (``docs/decision-policy.md`` has it with examples), first row that applies wins:

| # | condition                                                                   | decision |
| - | --------------------------------------------------------------------------- | -------- |
| 1 | hate >= remove                                                              | remove   |
| 2 | hate >= review and a slur, dehumanising, hostile or threat match            | remove   |
| 3 | hate >= review                                                              | review   |
| 4 | a slur, dehumanising, hostile or threat match, and hate >= lexicon_min      | review   |
| 5 | a conspiracy match, and hate >= lexicon_min                                 | review   |
| 6 | otherwise (term and insult matches, allowlisted, quoted or reported uses)   | allow    |

A match between quotation marks (« ... », "...", “...”) is reported speech or counter-speech, a slur a speaker
applies to themself (« je suis une gouine et fière », ``self_named``) is a reclaimed use, and hostility after « dire
que » or « faux de croire que », or a conspiracy claim after « n'a jamais montré que » or « ceux qui croient que »
(``reported``), is reported or refuted: each is shown but never makes rows 2, 4 or 5
apply on its own. Categories of a flagged post: the model's category labels at or above
their threshold, then the categories of the matches (conspiracy included). Reasons: the hate score, each category
with where it came from (a ``model`` reason: its score at or above its threshold; a ``category`` reason: the term-list
entry that named it, with the model's score below its threshold), the rule that decided, each lexicon match (term,
span in the original, the original substring) and each evasion trick the normaliser undid.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from worker.ops.errors import ConfigError
from worker.pipeline.lexicon import ESCALATING, Match
from worker.pipeline.messages import Decision, Reason, Verdict
from worker.pipeline.normalize import Normalized, strip_accents

_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")

EVASION_MESSAGES = {
    "invisible": "invisible characters removed (zero-width, bidi or control)",
    "reversed_text": "text shown right to left by a bidi override read in display order",
    "styled_letters": "styled letters read as plain ones (fullwidth, mathematical, circled, boxed)",
    "combining_marks": "marks stacked on letters removed (zalgo text)",
    "homoglyphs": "look-alike letters from other alphabets read as Latin",
    "camel_case": "words glued together split apart (hashtag or camelCase)",
    "case_noise": "mixed upper and lower case ignored",
    "letter_spacing": "spaced-out or dotted letters joined",
    "inserted_punctuation": "punctuation inside words removed",
    "leetspeak": "digits and symbols standing for letters read as letters",
    "repeated_letters": "stretched letters shortened",
}
SEVERITY_WORDS = {
    "slur": "slur",
    "dehumanising": "dehumanising expression",
    "hostility": "hostility stated outright",
    "threat": "threat",
    "conspiracy": "conspiracy theory",
    "insult": "insult",
    "term": "group mentioned",
}


@dataclass(frozen=True, slots=True)
class Policy:
    review: float  # hate score at or above which a post is flagged for review
    remove: float  # hate score at or above which removal is recommended
    category_min: float = 0.5  # a category label is reported at or above this score
    hate_label: str = "hate"
    category_mins: Mapping[str, float] = field(default_factory=dict)  # per-label overrides of category_min
    lexicon_min: float = 0.0  # a match flags on its own (rows 4, 5) only at or above this hate score; 1.1 = never

    @classmethod
    def from_thresholds(
        cls,
        thresholds: Mapping[str, float],
        hate_label: str = "hate",
        *,
        review: float | None = None,
        remove: float | None = None,
    ) -> Policy:
        """A bundle's thresholds (``review``, ``remove``, ``category_min``, ``category_min.<label>``,
        optional ``lexicon_min``), with optional overrides of ``review``/``remove``."""
        prefix = "category_min."
        review_at = float(thresholds["review"]) if review is None else review
        remove_at = float(thresholds["remove"]) if remove is None else remove
        if review_at > remove_at:  # the pair in use: the bundle's values and the overrides are both known only here
            raise ConfigError(
                f"the review threshold {review_at:g} ({_origin(review)}) is above the remove threshold "
                f"{remove_at:g} ({_origin(remove)}): a post would be removed before it could be reviewed"
            )
        return cls(
            review=review_at,
            remove=remove_at,
            category_min=float(thresholds.get("category_min", 0.5)),
            hate_label=hate_label,
            category_mins={k[len(prefix) :]: float(v) for k, v in thresholds.items() if k.startswith(prefix)},
            lexicon_min=float(thresholds.get("lexicon_min", 0.0)),
        )

    def category_threshold(self, label: str) -> float:
        return self.category_mins.get(label, self.category_min)


def _origin(override: float | None) -> str:
    return "the model bundle's" if override is None else "set by VIGIE_*_THRESHOLD or a --*-threshold flag"


def decide(scores: Mapping[str, float], norm: Normalized, matches: Sequence[Match], policy: Policy) -> Verdict:
    """One post's verdict from its scores, its normalised text and its lexicon matches (see the table above)."""
    scores = scores if type(scores) is dict else dict(scores)
    hate = scores.get(policy.hate_label, 0.0)
    if not matches and hate < policy.review:
        return Verdict("allow", scores)  # the common case, kept cheap
    live, live_ids = split_quoted(norm, matches)
    severe = any(m.severity in ESCALATING for m in live)
    conspiracy = any(m.severity == "conspiracy" for m in live)
    decision, rule = _apply_table(hate, severe, conspiracy, policy)
    if decision == "allow":
        return Verdict("allow", scores, (), match_reasons(matches, live_ids, norm))
    model_categories = _model_categories(scores, policy)
    categories = tuple(dict.fromkeys([*model_categories, *(m.category for m in matches)]))
    reasons = [Reason("model", f"{policy.hate_label} score {hate:.2f}", label=policy.hate_label, score=hate)]
    reasons += [
        Reason("model", f"category {label} score {scores[label]:.2f} (model, at or above its threshold "
               f"{policy.category_threshold(label):.2f})", label=label, score=scores[label])
        for label in model_categories
    ]
    reasons += _list_category_reasons(categories[len(model_categories) :], matches, scores, policy)
    reasons.append(Reason("policy", rule))
    reasons += match_reasons(matches, live_ids, norm)
    reasons += [Reason("evasion", f"evasion undone: {EVASION_MESSAGES[t]}", label=t) for t in norm.evasions]
    return Verdict(decision, scores, categories, tuple(reasons))


def _list_category_reasons(
    labels: Sequence[str], matches: Sequence[Match], scores: Mapping[str, float], policy: Policy
) -> list[Reason]:
    """Why each category that the model did not report is named: the term-list entry that matched it (a neutral
    mention, « trisomiques », names the group of a post the model flags even when its own category score is low)."""
    out = []
    for label in labels:
        found = [m for m in matches if m.category == label]
        first = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        score = scores.get(label)
        model = ("no model label for it" if score is None else
                 f"model score {score:.2f}, below its threshold {policy.category_threshold(label):.2f}")
        out.append(Reason(
            "category",
            f"category {label} from the term list: {SEVERITY_WORDS.get(first.severity, first.severity)} "
            f"« {first.term} »{more}; {model}",
            label=label, score=score, term=first.term,
        ))
    return out


MAX_MATCH_REASONS = 20  # a 1 MB post can match thousands of times: a moderator needs the first few, and a count


def match_reasons(matches: Sequence[Match], live_ids: set[int], norm: Normalized) -> tuple[Reason, ...]:
    shown = [_match_reason(m, norm, live=id(m) in live_ids) for m in matches[:MAX_MATCH_REASONS]]
    if len(matches) > MAX_MATCH_REASONS:
        shown.append(Reason("lexicon", f"and {len(matches) - MAX_MATCH_REASONS} more term-list matches"))
    return tuple(shown)


def split_quoted(norm: Normalized, matches: Sequence[Match]) -> tuple[list[Match], set[int]]:
    """The matches that may flag on their own, and their ids: not between quotation marks, no slur a speaker applies
    to themself (``self_named``), no hostility reported or refuted (``reported``)."""
    quoted = _quoted_spans(norm.original) if matches else []
    live = [m for m in matches if not _inside(m, quoted) and not self_named(norm.original, m)
            and not reported(norm.original, m)]
    return live, {id(m) for m in live}


# Hostility reported or refuted rather than stated: « arrêtez de dire que les noirs ne sont pas intelligents »,
# « c'est faux de croire que les femmes ne valent rien ». Read before a hostility match, within its sentence.
_REPORTED = re.compile(
    r"(?:\b(?:dire|dit|dis|disent|disait|disaient|pense|pensent|penser|pensait|croire|crois|croit|croient|"
    r"pretendre|pretend|pretendent|ecrire|ecrit|ecrivent|affirmer|affirme|affirment|entendre|entendu|entends|lire|"
    r"lu|lis|repeter|repete|repetent|raconter|raconte|racontent|soutenir|soutiennent|imaginer|imagine|"
    r"vrai|faux|absurde|ridicule|stupide|debile|raciste|sexiste|homophobe|transphobe|antisemite|islamophobe|"
    r"validiste|mensonge|cliche|prejuge)\s*(?:,\s*)?(?:de (?:dire|penser|croire)\s+)?qu(?:e\s+|')"
    r"(?:(?:les|des|tous les|toutes les)\s+)?$)"
)
REPORTED_WINDOW = 80


# A conspiracy claim refuted or attributed to others: « aucune étude n'a montré que le vaccin tue », « c'est faux de
# dire que la 5G propage le virus », « ceux qui croient que les juifs contrôlent… ». Narrower than ``_REPORTED``: a
# believer writes « je pense que », « c'est vrai que », « l'étude montre que » before the claim, so only refutations
# (negated proof, « faux », « pas vrai »…) and other people's saying or believing count.
_REFUTED = re.compile(
    r"(?:\b(?:pas vrai|faux|mensonge|absurde|ridicule|fake news|intox|infox|"
    r"de dire|de croire|de penser|de repeter|de pretendre|disent|croient|pensent|repetent|pretendent|affirment|"
    r"aucune preuve|pas de preuve|pas la moindre preuve|rien ne prouve|rien ne montre|rien ne demontre|"
    r"n'a (?:jamais )?(?:ete )?(?:montre|prouve|demontre)|n'ont (?:jamais )?(?:montre|prouve|demontre)|"
    r"ne (?:montre|prouve|demontre)(?:nt)? (?:pas|en rien)|jamais (?:montre|prouve|demontre))"
    r"\s*(?:,\s*)?(?:de (?:dire|penser|croire)\s+)?qu(?:e\s+|')(?:(?:les|des|le|la|l')\s*)?$)"
)


def reported(original: str, m: Match) -> bool:
    """Is this hostility match the object of a verb of saying or believing, or of a word that refutes it
    (« arrêtez de dire que les noirs ne sont pas intelligents »)? Is this conspiracy match refuted or someone else's
    (« aucune étude n'a montré que le vaccin tue », ``_REFUTED``)? Such a match does not flag on its own."""
    if m.severity not in ("hostility", "conspiracy"):
        return False
    before = strip_accents(original[max(0, m.start - REPORTED_WINDOW) : m.start].lower())
    before = re.split(r"[.!?;\n]", before)[-1]
    return (_REPORTED if m.severity == "hostility" else _REFUTED).search(before) is not None


# A speaker naming themself or their own group: right before the slur « je suis une gouine », « nous les pédés »,
# « fière d'être une tapette », « on se dit renoi » (at most two short words between: an article, « vraie »,
# « grosse »), « entre renois » (nothing between: « entre sales renois, restez entre vous » is how mockers write it);
# right after it « gouine et fière ».
_SELF = re.compile(
    r"(?:^|[^\w'’])(?:(?:je suis|j'suis|j’suis|chuis|jsuis|suis|on est|nous sommes|nous,? les|nous autres|"
    r"en tant que|on se dit|on s'appelle|on s’appelle|fiers? d'etre|fieres? d'etre|fiers? d’etre|fieres? d’etre)\s+"
    r"(?:(?:un|une|des|les|la|le|vrai|vraie|vrais|vraies|gros|grosse|grosses|sale|sales|petit|petite|bon|bonne|"
    r"fier|fiere|fiers|fieres)\s+){0,2})$"
)
_ENTRE = re.compile(r"(?:^|[^\w'’])entre\s+$")
_SELF_AFTER = re.compile(r"\s*,?\s*(?:et|&)\s+(?:fier|fiere|fiers|fieres)\b")
SELF_WINDOW = 60  # characters before the slur that are read for the speaker's own words


def self_named(original: str, m: Match) -> bool:
    """Is this slur match a speaker naming themself (a reclaimed use), e.g. « je suis une gouine et fière » ?
    Such a match does not flag a post on its own (row 4); the model still judges the post (rows 1-3)."""
    if m.severity != "slur":
        return False
    before = strip_accents(original[max(0, m.start - SELF_WINDOW) : m.start].lower())
    after = strip_accents(original[m.end : m.end + 20].lower())
    if _ENTRE.search(before) and not m.term.startswith("sale"):  # « entre renois », not « entre sales renois »
        return True
    return _SELF.search(before) is not None or _SELF_AFTER.match(after) is not None


def _apply_table(hate: float, severe: bool, conspiracy: bool, policy: Policy) -> tuple[Decision, str]:
    if hate >= policy.remove:
        return "remove", f"row 1: hate score at or above the remove threshold {policy.remove:.2f}"
    if hate >= policy.review and severe:
        return "remove", f"row 2: hate score at or above {policy.review:.2f} and a slur, dehumanising, hostile or threat match"
    if hate >= policy.review:
        return "review", f"row 3: hate score at or above the review threshold {policy.review:.2f}"
    if severe and hate >= policy.lexicon_min:
        return "review", "row 4: a slur, dehumanising, hostile or threat match (term list)"
    if conspiracy and hate >= policy.lexicon_min:
        return "review", "row 5: a conspiracy theory named (term list)"
    return "allow", "row 6: nothing above the thresholds"


def _model_categories(scores: Mapping[str, float], policy: Policy) -> list[str]:
    """The model's category labels at or above their threshold, highest score first."""
    return sorted(
        (label for label, p in scores.items() if label != policy.hate_label and p >= policy.category_threshold(label)),
        key=lambda label: -scores[label],
    )


def _match_reason(m: Match, norm: Normalized, live: bool) -> Reason:
    """One match as a reason; a match held back from flagging on its own (``split_quoted``) says why."""
    matched = norm.original[m.start : m.end]
    what = SEVERITY_WORDS.get(m.severity, m.severity)
    what = what if m.category == m.severity else f"{what} ({m.category})"
    note = ""
    if not live:
        note = (" (the speaker names themself: a reclaimed use, not flagged on its own)" if self_named(norm.original, m)
                else " (reported or refuted: « dire que … », not flagged on its own)" if reported(norm.original, m)
                else " (between quotation marks: reported or counter-speech, not flagged on its own)")
    return Reason(
        "lexicon",
        f"term list: {what} « {m.term} », written « {matched} »{note}",
        label=m.category,
        term=m.term,
        span=(m.start, m.end),
        matched=matched,
    )


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    if "«" not in text and '"' not in text and "“" not in text:
        return []
    return [(q.start(), q.end()) for q in _QUOTED.finditer(text)]


def _inside(m: Match, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)
