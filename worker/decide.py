"""The decision policy: model scores + lexicon matches -> allow / review / remove, with reasons.

STUB (issue 4 documents and refines the table). Contract: ``decide(scores, norm, matches, policy) -> Verdict``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from worker.lexicon import Match
from worker.messages import Decision, Reason, Verdict
from worker.normalize import Normalized


@dataclass(frozen=True, slots=True)
class Policy:
    review: float  # hate score at or above which a post is flagged for review
    remove: float  # hate score at or above which removal is recommended
    category_min: float = 0.5  # a category label is reported at or above this score
    hate_label: str = "hate"


def decide(scores: Mapping[str, float], norm: Normalized, matches: Sequence[Match], policy: Policy) -> Verdict:
    hate = scores.get(policy.hate_label, 0.0)
    decision: Decision = "allow"
    if hate >= policy.remove:
        decision = "remove"
    elif hate >= policy.review:
        decision = "review"
    reasons: list[Reason] = []
    categories: tuple[str, ...] = ()
    if decision != "allow":
        reasons.append(Reason("model", f"{policy.hate_label} score {hate:.2f}", label=policy.hate_label, score=hate))
        categories = tuple(
            k for k, v in scores.items() if k != policy.hate_label and v >= policy.category_min
        )
    return Verdict(decision, dict(scores), categories, tuple(reasons))
