"""Routing by language on a real broker: French judged, other languages on the unsupported topic (and the decisions
topic), a listed slur in an English post still flagged, a malformed ``lang`` ignored, one of the wrong type
dead-lettered, and the bounded ``lang`` metric."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from kafka_helpers import WorkerHandle, new_name, read_topic

pytestmark = pytest.mark.integration

POSTS: list[dict[str, Any]] = [
    {"id": "fr-hate", "text": "Sale n3gr3 retourne dans ta brousse, personne ne veut de toi ici."},
    {"id": "fr-calm", "text": "J'ai passé une super soirée avec mes amis hier soir au restaurant.", "lang": "fr-FR"},
    {"id": "fr-badhint", "text": "La réunion du conseil municipal aura lieu jeudi à 18 heures.", "lang": "french"},
    {"id": "fr-wronghint", "text": "Le match d'hier soir était vraiment serré jusqu'à la dernière minute.", "lang": "en"},
    {"id": "mixed", "text": "Ce mec en commentaire est un vrai motherfucker, bloqué direct, j'en peux plus"},
    {"id": "en-calm", "text": "I had a great time at the beach with my family today, the weather was lovely."},
    {"id": "en-slur", "text": "Go back to Africa you filthy negro, nobody wants you here.", "lang": "en"},
    {"id": "ar-calm", "text": "أنا سعيد جدا اليوم لأن الطقس جميل والعائلة كلها مجتمعة في البيت"},
]
WRONG_TYPE = orjson.dumps({"id": "fr-numlang", "text": "Bonjour à tous", "lang": 33})


def test_languages_are_routed_on_the_real_broker(start_worker: Any) -> None:
    missing = new_name("unsupported")  # not created beforehand: the worker's start-up must create it
    worker: WorkerHandle = start_worker(partitions=2, VIGIE_LANGUAGES="fr", VIGIE_UNSUPPORTED_TOPIC=missing)
    worker.produce([*POSTS, WRONG_TYPE])
    worker.wait_ready()
    worker.wait_metric("vigie_messages_consumed_total", len(POSTS) + 1, {"topic": worker.input_topic}, timeout=120)

    decisions = {d["post_id"]: d for d in worker.read(worker.decisions_topic, expect=len(POSTS))}
    assert {k: (d["decision"], d["lang"]) for k, d in decisions.items()} == {
        "fr-hate": ("remove", "fr"), "fr-calm": ("allow", "fr"), "fr-badhint": ("allow", "fr"),
        "fr-wronghint": ("allow", "fr"), "mixed": ("allow", "fr"), "en-calm": ("unsupported", "en"),
        "en-slur": ("review", "en"), "ar-calm": ("unsupported", "ar"),
    }
    assert all(0 < d["lang_confidence"] <= 1 for d in decisions.values())
    assert decisions["en-calm"]["tier"] == "terms" and decisions["en-calm"]["scores"] == {}

    flags = {f["post_id"]: f for f in worker.read(worker.flag_topic, expect=2)}
    assert set(flags) == {"fr-hate", "en-slur"}
    assert flags["en-slur"]["lang"] == "en" and flags["en-slur"]["categories"] == ["origin"]
    assert any(r.get("term") == "négro" for r in flags["en-slur"]["reasons"])

    unsupported = read_topic(worker.bootstrap, missing, expect=3)
    assert sorted((u["post_id"], u["decision"], u["lang"]) for u in unsupported) == [
        ("ar-calm", "unsupported", "ar"), ("en-calm", "unsupported", "en"), ("en-slur", "review", "en")]
    assert {u["schema"] for u in unsupported} == {"vigie.unsupported.v1"}

    dead = worker.read(worker.deadletter_topic, expect=1)
    assert [(d["post_id"], d["reason"]) for d in dead] == [("fr-numlang", "wrong_type")]

    by_lang = {c: worker.metric("vigie_posts_by_language_total", {"lang": c}) for c in ("fr", "und", "other")}
    assert by_lang == {"fr": 5, "und": 0, "other": 3}
    assert worker.metric("vigie_unsupported_total") == 3
    assert worker.metric("vigie_messages_flagged_total", {"decision": "review", "label": "origin"}) == 1
