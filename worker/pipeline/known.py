"""What the moderation side knows of the campaign side: open campaigns and known offenders, for flags to carry.

The campaign and offender state lives on other partitions (often other workers) than a post's, and it runs after
the post's flag is published. So each worker keeps this small view, fed by what the campaign side emits:

- open campaigns: each member of an open campaign as its band keys, sketch and campaign id (the campaign side
  sends them when the campaign opens, then as members join). A post whose bands meet a member's, confirmed on the
  sketch as the campaign side confirms (``VERIFY_THRESHOLD``), and within the window of it, gets ``campaign_id``;
- known offenders: author -> the ``flag_count`` of their latest offender event and its ``last_flag_at``. A post
  by that author within the offender window gets ``author_flag_count`` (their flags known so far, this one not
  counted).

Posts judged before the view heard of their campaign or offender carry neither (the first members of every
campaign, the flags that made an offender): the campaign and offender events list them. Bounded: at most
``max_members`` members and ``max_authors`` authors, the oldest forgotten first. No Kafka, no clock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from worker.pipeline.campaigns import CAMPAIGN_WINDOW, OFFENDER_WINDOW, VERIFY_THRESHOLD
from worker.pipeline.fingerprint import Fingerprint, similarities

MAX_MEMBERS = 20_000  # ~ 20 band keys and a 100-byte sketch each: ~ 10 MB
# Members kept per band key, the latest: a raid's post met every member of its campaign in each of its 20 buckets
# (thousands of candidates a post, 8 % of the default worker's loop in a profile). The vote is then among the
# latest members of each bucket, which names the same campaign unless two campaigns share the post's buckets.
BUCKET_MEMBERS = 16
MAX_AUTHORS = 100_000


@dataclass(frozen=True, slots=True)
class KnownMember:
    """A member of an open campaign, as the moderation side keeps it."""

    campaign_id: str
    post_id: str
    at: float  # its event time
    bands: tuple[bytes, ...]
    sketch: bytes


class KnownState:
    """Open campaigns by band key, known offenders by author; ``annotate`` gives a post's fields."""

    def __init__(self, *, campaign_window: float = CAMPAIGN_WINDOW, offender_window: float = OFFENDER_WINDOW,
                 max_members: int = MAX_MEMBERS, max_authors: int = MAX_AUTHORS) -> None:
        self.campaign_window = campaign_window
        self.offender_window = offender_window
        self.max_members = max_members
        self.max_authors = max_authors
        self.members: OrderedDict[str, KnownMember] = OrderedDict()  # post id -> member, oldest first
        # The latest BUCKET_MEMBERS of each band key, oldest first: the member itself when it is alone (most keys),
        # else a tuple (as BandIndex's buckets). A deque per key cost 760 bytes: 100 MB for 20,000 members, measured.
        self.bands: dict[bytes, KnownMember | tuple[KnownMember, ...]] = {}
        self.authors: OrderedDict[str, tuple[int, float]] = OrderedDict()  # author -> (flag count, last flag at)

    def add_member(self, member: KnownMember) -> None:
        if member.post_id in self.members:
            return
        self.members[member.post_id] = member
        bands = self.bands
        for key in member.bands:
            bucket = bands.get(key)
            if bucket is None:
                bands[key] = member
            elif isinstance(bucket, KnownMember):
                bands[key] = (bucket, member)
            else:
                bands[key] = (*bucket[1 - BUCKET_MEMBERS :], member) if len(bucket) >= BUCKET_MEMBERS else (*bucket, member)
        while len(self.members) > self.max_members:
            self._forget(self.members.popitem(last=False)[1])

    def bucket(self, key: bytes) -> tuple[KnownMember, ...]:
        """The members kept under one band key, oldest first."""
        bucket = self.bands.get(key)
        return () if bucket is None else (bucket,) if isinstance(bucket, KnownMember) else bucket

    def add_offender(self, author: str, flag_count: int, last_flag_at: float) -> None:
        known = self.authors.pop(author, None)
        if known is not None and known[1] > last_flag_at:
            flag_count, last_flag_at = known  # an older event read late changes nothing
        self.authors[author] = (flag_count, last_flag_at)
        while len(self.authors) > self.max_authors:
            self.authors.popitem(last=False)

    def campaign_of(self, fingerprint: Fingerprint | None, at: float) -> str | None:
        """The open campaign a post with this fingerprint, at event time ``at``, belongs to (most members first)."""
        if fingerprint is None or not self.bands:
            return None
        candidates: dict[str, KnownMember] = {}
        for key in fingerprint.bands:
            for m in self.bucket(key):
                if m.post_id not in candidates and abs(at - m.at) <= self.campaign_window:
                    candidates[m.post_id] = m
        if not candidates:
            return None
        found = list(candidates.values())
        votes: dict[str, int] = {}
        # in one numpy step: a raid's post meets hundreds of its members here, one call each cost 13 % of the loop
        for m, score in zip(found, similarities(fingerprint.sketch, [m.sketch for m in found]), strict=True):
            if score >= VERIFY_THRESHOLD:
                votes[m.campaign_id] = votes.get(m.campaign_id, 0) + 1
        return min(votes, key=lambda cid: (-votes[cid], cid)) if votes else None

    def flag_count(self, author: str | None, at: float) -> int | None:
        """A known offender's flag count, if their latest flag is within the window of ``at``."""
        known = self.authors.get(author) if author is not None else None
        if known is None or at - known[1] > self.offender_window:
            return None
        return known[0]

    def annotate(self, author: str | None, fingerprint: Fingerprint | None, at: float) -> dict[str, object]:
        """The fields a post's flag and decision gain: ``campaign_id`` and ``author_flag_count``, when known."""
        fields: dict[str, object] = {}
        campaign = self.campaign_of(fingerprint, at)
        if campaign is not None:
            fields["campaign_id"] = campaign
        count = self.flag_count(author, at)
        if count is not None:
            fields["author_flag_count"] = count
        return fields

    def expire(self, now: float) -> None:
        """Forget members older than the campaign window before ``now`` (oldest first: no scan)."""
        members = self.members
        while members:
            oldest = next(iter(members.values()))
            if oldest.at >= now - self.campaign_window:
                break
            self._forget(members.popitem(last=False)[1])

    def _forget(self, member: KnownMember) -> None:
        bands = self.bands
        for key in member.bands:
            bucket = bands.get(key)
            if bucket is None:
                continue
            if isinstance(bucket, KnownMember):
                if bucket is member:
                    del bands[key]
                continue
            kept = tuple(m for m in bucket if m is not member)  # (it may have been pushed out by later members)
            if len(kept) != len(bucket):
                bands[key] = kept[0] if len(kept) == 1 else kept


def members_of(campaign_id: str, posts: Sequence[tuple[str, float, Fingerprint]]) -> list[KnownMember]:
    """The members to announce for a campaign: (post id, event time, fingerprint) each."""
    return [KnownMember(campaign_id, pid, at, fp.bands, fp.sketch) for pid, at, fp in posts]
