"""Bad input end to end (issue 5, item 4): every malformed record becomes the right dead letter, every odd but valid
post gets a correct verdict, and the worker never stops: a normal post sent after all of them is still processed.

All records go to a one-partition topic, so record ``i`` has offset ``i`` and its outcome (a decision or a dead
letter, both carry ``source.offset``) can be checked case by case.
"""

from __future__ import annotations

import asyncio
import base64
import signal
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from kafka_helpers import WorkerHandle

from worker.pipeline.decode import decode
from worker.pipeline.messages import MAX_RAW_OUT, DeadLetter
from worker.pipeline.scoring import Scorer

pytestmark = pytest.mark.integration

LIMIT = 1_000_000  # VIGIE_MAX_RECORD_BYTES default: a larger record is `too_large` (schemas/post.schema.json)
DEAD_RAW_KEPT = 4096  # a too_large dead letter keeps at least the first 4 KiB of the record

# Candidate hateful sentences; the tests use the first one the committed model flags on its own, so they test the
# pipeline (windows, size limits), not the model's recall.
HATEFUL = [
    "Les musulmans sont des parasites, il faut les chasser du pays.",
    "Sales bougnoules, retournez dans votre pays de merde.",
    "Les juifs sont des parasites, il faut les exterminer.",
]
NEUTRAL = [
    "Le train de 8h12 est encore en retard ce matin. ",
    "J'ai testé la nouvelle boulangerie du quartier, le pain est excellent. ",
    "La réunion du conseil municipal aura lieu jeudi à 18 heures. ",
    "Quelqu'un sait si la piscine est ouverte dimanche ? ",
    "Le match d'hier soir était vraiment serré jusqu'à la dernière minute. ",
    "Pensez à rendre vos livres à la médiathèque avant vendredi. ",
    "Le concert de jazz au parc est reporté à samedi prochain. ",
]


def flagged_sentence() -> str:
    scorer = Scorer.from_bundle()
    for sentence in HATEFUL:
        if scorer.score([sentence])[0].decision != "allow":
            return sentence
    raise AssertionError(f"the committed model flags none of {HATEFUL}: pick a sentence it flags on its own")


def check_filler_is_neutral() -> None:
    """The filler must be allowed on its own, or a flagged padded post would prove nothing about the pipeline."""
    scorer = Scorer.from_bundle()
    texts = [s.strip() for s in NEUTRAL] + [filler(70_000, shift) for shift in (0, 101, 202)]
    flagged = [t[:80] for t, v in zip(texts, scorer.score(texts), strict=True) if v.decision != "allow"]
    assert not flagged, f"the committed model flags the neutral filler {flagged}: pick sentences it allows"


def filler(chars: int, shift: int = 0) -> str:
    """Neutral French prose, ``chars`` characters long, starting ``shift`` characters into the cycle."""
    base = "".join(NEUTRAL)
    text = base * ((chars + shift) // len(base) + 1)
    return text[shift : shift + chars]


def post(post_id: str, text: str, **extra: Any) -> bytes:
    return orjson.dumps({"id": post_id, "text": text, **extra})


def post_of_size(post_id: str, size: int, unit: str) -> bytes:
    """A valid post whose record is exactly ``size`` bytes, its text ``unit`` repeated (ASCII filler at the end)."""
    empty = len(post(post_id, ""))
    body = (unit * (size // len(unit.encode()) + 1)).encode()[: size - empty].decode("utf-8", "ignore")
    body += "." * (size - empty - len(body.encode()))
    raw = post(post_id, body)
    assert len(raw) == size, (len(raw), size)
    return raw


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@dataclass(frozen=True)
class Case:
    name: str
    value: bytes | None
    expect: str  # a dead-letter reason, or "verdict"


def cases(hateful: str) -> list[Case]:
    deep_ok = b'{"id":"deep-ok","text":"bonjour","metadata":{"a":' + nested(100) + b"}}"
    return [
        # not JSON at all
        Case("truncated JSON", b'{"id": "t1", "text": "bonjour', "invalid_json"),
        Case("trailing garbage", b'{"id":"t2","text":"bonjour"} et la suite', "invalid_json"),
        Case("NaN", b'{"id":"t3","text":NaN}', "invalid_json"),
        Case("empty record", b"", "invalid_json"),
        Case("tombstone", None, "invalid_json"),
        Case("raw NUL byte in a string", b'{"id":"nul-raw","text":"bon\x00jour"}', "invalid_json"),
        Case("lone surrogate escape", b'{"id":"sur","text":"x\\ud800y"}', "invalid_json"),
        Case("byte order mark", b'\xef\xbb\xbf{"id":"bom","text":"bonjour"}', "invalid_json"),
        Case("invalid UTF-8", b'{"id":"latin1","text":"caf\xe9 cr\xe8me"}', "invalid_utf8"),
        Case("overlong UTF-8", b'{"id":"overlong","text":"\xc0\xaf"}', "invalid_utf8"),
        # wrong types
        Case("id is a number", b'{"id":5,"text":"bonjour"}', "wrong_type"),
        Case("text is a list", b'{"id":"w2","text":["bon","jour"]}', "wrong_type"),
        Case("text is an object", b'{"id":"w3","text":{"fr":"bonjour"}}', "wrong_type"),
        Case("author_id is a number", b'{"id":"w4","text":"bonjour","author_id":12}', "wrong_type"),
        Case("metadata is a string", b'{"id":"w5","text":"bonjour","metadata":"x"}', "wrong_type"),
        Case("a JSON array", b'[{"id":"w6","text":"bonjour"}]', "wrong_type"),
        Case("a JSON string", b'"bonjour"', "wrong_type"),
        Case("JSON null", b"null", "wrong_type"),
        # missing fields
        Case("no id", b'{"text":"bonjour"}', "missing_field"),
        Case("no text", b'{"id":"m2"}', "missing_field"),
        Case("null text", b'{"id":"m3","text":null}', "missing_field"),
        Case("empty object", b"{}", "missing_field"),
        # values out of bounds
        Case("empty id", b'{"id":"","text":"bonjour"}', "invalid_value"),
        Case("id over 256 characters", post("i" * 257, "bonjour"), "invalid_value"),
        Case("created_at not a date", post("v3", "bonjour", created_at="hier soir"), "invalid_value"),
        Case("record one byte over the limit", post_of_size("big-1", LIMIT + 1, "bonjour "), "too_large"),
        Case("a 1 MiB text", post("big-2", "x" * (1 << 20)), "too_large"),
        # nesting
        Case("nested 5,000 deep in metadata", b'{"id":"deep","text":"x","metadata":' + nested(5000) + b"}", "too_deep"),
        Case("a document nested 100,000 deep", nested(100_000), "too_deep"),
        # odd but valid: a verdict each
        Case("nested 100 deep in metadata", deep_ok, "verdict"),
        Case("empty text", post("empty-text", ""), "verdict"),
        Case("escaped NUL in text", post("nul-escaped", "bon\u0000jour \u0000\u0000 à tous"), "verdict"),
        Case("only NULs and spaces", post("nul-only", "\u0000 \u0000\t\n"), "verdict"),
        Case("unknown fields", post("unknown", "bonjour", likes=3, extra={"deep": [1, 2]}, text_v2=None), "verdict"),
        Case("duplicate id, first", post("dup", "premier message"), "verdict"),
        Case("duplicate id, second", post("dup", "second message"), "verdict"),
        Case("duplicate JSON keys", b'{"id":"dupkey","text":"premier","text":"dernier"}', "verdict"),
        Case("huge integers in metadata", b'{"id":"bigint","text":"ok","metadata":{"n":18446744073709551615}}', "verdict"),
        Case("a long hateful text", post("long-hate", (hateful + " ") * 1000), "verdict"),
    ]


def near_limit_cases(hateful: str) -> list[Case]:
    """Records within the size limit whose outputs are larger than the input (the verdict's own fields, JSON
    escaping of a dead letter's raw record, base64 of invalid UTF-8)."""
    garbage = bytes(range(128, 256)) * (900_000 // 128)
    quotes = b"[" + b",".join([b'"a"'] * (LIMIT // 4 - 1)) + b"]"
    return [
        Case("a record at the limit, hateful", post_of_size("limit-hate", LIMIT, hateful + " "), "verdict"),
        Case("a record at the limit, neutral", post_of_size("limit-neutral", LIMIT, filler(2000)), "verdict"),
        Case("900 kB of invalid UTF-8", garbage, "invalid_utf8"),
        Case("a 1 MB JSON array of strings", quotes, "wrong_type"),
    ]


def produce_in_order(bootstrap: str, topic: str, values: Sequence[bytes | None]) -> None:
    """Send ``values`` to partition 0 in order, keyed (a tombstone needs a key); room for records over 1 MiB."""

    async def go() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=False,
                                    max_request_size=4_000_000, linger_ms=5)
        await producer.start()
        try:
            futures = [await producer.send(topic, value, key=b"k%d" % i, partition=0) for i, value in enumerate(values)]
            await asyncio.gather(*futures)
        finally:
            await producer.stop()

    asyncio.run(go())


def raw_of(dead: dict[str, Any]) -> bytes:
    raw = dead["raw"]
    return base64.b64decode(raw) if dead["raw_encoding"] == "base64" else raw.encode()


def test_bad_input_gets_the_right_dead_letter_or_verdict_and_the_worker_keeps_going(start_worker: Any) -> None:
    hateful = flagged_sentence()
    all_cases = cases(hateful)
    worker: WorkerHandle = start_worker(partitions=1)
    worker.wait_ready()
    produce_in_order(worker.bootstrap, worker.input_topic, [c.value for c in all_cases])
    produce_in_order(worker.bootstrap, worker.input_topic, [post("after-all", "Bonne journée à tous !")])
    n = len(all_cases) + 1

    worker.wait_metric("vigie_messages_consumed_total", n, timeout=120)
    verdicts = sum(c.expect == "verdict" for c in all_cases) + 1
    decisions = worker.read(worker.decisions_topic, expect=verdicts, timeout=60)
    dead = worker.read(worker.deadletter_topic, expect=n - verdicts, timeout=60)
    assert worker.proc is not None and worker.proc.poll() is None, worker.logs()[-3000:]
    assert worker.metric("vigie_messages_consumed_total") == n, "records were consumed twice: the worker restarted"

    by_offset: dict[int, list[tuple[str, dict[str, Any]]]] = {}
    for d in decisions:
        by_offset.setdefault(d["source"]["offset"], []).append(("verdict", d))
    for d in dead:
        by_offset.setdefault(d["source"]["offset"], []).append((d["reason"], d))
    problems = []
    for offset, case in enumerate(all_cases):
        got = [kind for kind, _ in by_offset.get(offset, [])]
        if got != [case.expect]:
            problems.append(f"offset {offset} ({case.name}): expected {case.expect}, got {got}")
    assert not problems, "\n".join(problems)
    assert [kind for kind, _ in by_offset[n - 1]] == ["verdict"], "the post sent after all the bad ones"

    outcome = {case.name: by_offset[i][0][1] for i, case in enumerate(all_cases)}
    # Dead letters keep the record (base64 when it is not clean UTF-8), truncated only when too large.
    for case in all_cases:
        if case.expect == "verdict":
            continue
        kept, value = raw_of(outcome[case.name]), case.value or b""
        if case.expect == "too_large":
            assert value.startswith(kept) and len(kept) >= DEAD_RAW_KEPT, case.name
        else:
            assert kept == value[:MAX_RAW_OUT], case.name
            assert outcome[case.name]["raw_truncated"] == (len(value) > MAX_RAW_OUT), case.name
    assert outcome["invalid UTF-8"]["raw_encoding"] == "base64"
    assert outcome["raw NUL byte in a string"]["raw_encoding"] == "base64"
    assert outcome["author_id is a number"]["post_id"] == "w4"  # dead letters carry the id when it is known

    # Valid posts: correct verdicts, the text passed through unchanged.
    assert outcome["empty text"]["decision"] == "allow"
    assert outcome["escaped NUL in text"]["text"] == "bon\u0000jour \u0000\u0000 à tous"
    assert outcome["escaped NUL in text"]["decision"] == "allow"
    assert outcome["only NULs and spaces"]["decision"] == "allow"
    assert outcome["duplicate JSON keys"]["text"] == "dernier"  # the last duplicate key wins, as in JSON.parse
    dup = [o for o in decisions if o["post_id"] == "dup"]
    assert sorted(o["text"] for o in dup) == ["premier message", "second message"]  # both scored; consumers dedupe
    assert outcome["a long hateful text"]["decision"] != "allow"  # 64 kB: scored whole, by windows
    flags = {f["post_id"] for f in worker.read(worker.flag_topic)}
    assert "long-hate" in flags

    for reason in ("invalid_json", "invalid_utf8", "wrong_type", "missing_field", "invalid_value", "too_large",
                   "too_deep"):
        expected = sum(c.expect == reason for c in all_cases)
        assert worker.metric("vigie_deadletter_total", {"reason": reason}) == expected, reason


def test_a_too_large_dead_letter_keeps_the_schema_prefix_and_says_it_is_truncated() -> None:
    value = post_of_size("big-1", LIMIT + 1, "bonjour ")
    dead = decode(value, max_bytes=LIMIT)
    assert isinstance(dead, DeadLetter) and dead.reason == "too_large"
    body = orjson.loads(dead.encode("2026-01-01T00:00:00Z"))
    assert raw_of(body) == value[:MAX_RAW_OUT]
    assert body["raw_truncated"] is True


def outcomes_by_offset(worker: WorkerHandle, n: int, verdicts: int, timeout: float) -> dict[int, list[str]]:
    decisions = worker.read(worker.decisions_topic, expect=verdicts, timeout=timeout)
    dead = worker.read(worker.deadletter_topic, expect=n - verdicts, timeout=5)  # published with the decisions
    out: dict[int, list[str]] = {}
    for d in decisions:
        out.setdefault(d["source"]["offset"], []).append("verdict")
    for d in dead:
        out.setdefault(d["source"]["offset"], []).append(d["reason"])
    return out


def test_records_near_the_size_limit_get_a_verdict_or_dead_letter_and_the_worker_keeps_going(
    start_worker: Any,
) -> None:
    all_cases = near_limit_cases(flagged_sentence())
    check_filler_is_neutral()
    assert all(len(c.value or b"") <= LIMIT for c in all_cases)
    worker: WorkerHandle = start_worker(partitions=1)
    worker.wait_ready()
    values = [c.value for c in all_cases] + [post("after-all", "Bonne journée à tous !")]
    produce_in_order(worker.bootstrap, worker.input_topic, values)
    verdicts = sum(c.expect == "verdict" for c in all_cases) + 1
    try:
        got = outcomes_by_offset(worker, len(values), verdicts, timeout=60)
        expected = {i: [c.expect] for i, c in enumerate(all_cases)} | {len(all_cases): ["verdict"]}
        assert got == expected, worker.logs()[-2000:]
        assert worker.proc is not None and worker.proc.poll() is None
        flags = {f["post_id"]: f for f in worker.read(worker.flag_topic)}
        assert set(flags) == {"limit-hate"}  # the hateful one flagged, its flag within the producer's limit
        assert flags["limit-hate"]["text_truncated"] is True
    finally:
        worker.stop(signal.SIGKILL)  # a worker whose agent crashed does not stop on SIGTERM within 20 s


def padded_posts(kind: str) -> list[bytes]:
    """The flagged sentence after 50,000 characters of neutral filler (``end``), or between 50,000 and 20,000
    (``middle``), at 39 alignments: where the filler's sentence cycle starts moves the hateful sentence across the
    edges of the scoring windows."""
    hateful = flagged_sentence()
    check_filler_is_neutral()
    shifts = range(0, len("".join(NEUTRAL)), 11)
    after = {"end": lambda s: "", "middle": lambda s: " " + filler(20_000, s)}[kind]
    return [post(f"{kind}-{s}", filler(50_000, s) + " " + hateful + after(s)) for s in shifts]


def allowed_padded_posts(worker: WorkerHandle, posts: list[bytes]) -> list[tuple[str, float]]:
    worker.wait_ready()
    produce_in_order(worker.bootstrap, worker.input_topic, posts)
    decisions = worker.read(worker.decisions_topic, expect=len(posts), timeout=120)
    assert len(decisions) == len(posts)
    return sorted((d["post_id"], d["scores"]["hate"]) for d in decisions if d["decision"] == "allow")


def test_a_hateful_sentence_hidden_after_50000_characters_of_filler_is_flagged(start_worker: Any) -> None:
    posts = padded_posts("end")
    missed = allowed_padded_posts(start_worker(partitions=1), posts)
    assert not missed, f"{len(missed)} of {len(posts)} padded hateful posts allowed: {missed}"


def test_a_hateful_sentence_in_the_middle_of_70000_characters_of_filler_is_flagged(start_worker: Any) -> None:
    posts = padded_posts("middle")
    missed = allowed_padded_posts(start_worker(partitions=1), posts)
    assert not missed, f"{len(missed)} of {len(posts)} padded hateful posts allowed: {missed}"
