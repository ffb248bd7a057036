"""The benchmark's report: a plain-text table for people, the same numbers as JSON for machines.

``table(results)`` renders whatever sections ran; a section that failed or was not available shows its error in
its place instead of numbers. Targets (issue 7 and issue 5) are printed beside the numbers they judge.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

TARGET_C_OVER_B = 2.0  # the full worker against the minimal Faust pass-through, same run
AIM_C_OVER_B = 3.0
TARGET_P99_MS = {"vigie-fast": 250.0, "vigie": 500.0, "vigie-no-campaigns": 500.0}  # at half of each configuration's own maximum
TARGET_RSS_MB = {"vigie-fast": 300.0, "vigie": 600.0}  # fast tier alone; the default also holds the encoder
TARGET_FRAMEWORK_TAX = 1.5  # Vigie's stages on a raw aiokafka loop over the worker running them under Faust
TARGET_DEFAULT_POSTS_PER_S = 500.0  # the default configuration (the cascade) on these 2 cores; aim 1,000
TARGET_CAMPAIGNS_SHARE = 0.70  # campaigns and offenders on keep >= 70 % of the throughput with them off
TARGET_OVERLOAD_RSS_MB = 400.0

Result = Mapping[str, Any]


def _num(value: Any, fmt: str = ",.0f", none: str = "-") -> str:
    return none if value is None else format(value, fmt)


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "NOT met")


def pipeline_lines(res: Result) -> list[str]:
    rows: Mapping[str, Result] = res.get("rows", {})
    lines = [
        f"pipeline throughput — {res.get('posts', 0):,} posts preloaded per run, {res.get('partitions')} partitions, "
        f"median of {res.get('repeat')} runs (steady drain: the middle 90 % of the progress)",
        f"  {'pipeline':<48} {'posts/s':>9}  {'runs':<22} {'CPU µs/post':>11} {'cores':>5} {'CPU wait':>8} "
        f"{'peak RSS':>9}  notes",
    ]
    for kind, row in rows.items():
        if "error" in row:
            lines.append(f"  {row.get('label', kind):<48} failed: {str(row['error'])[:160]}")
            continue
        runs = " ".join(_num(r, ",.0f") for r in row.get("runs_posts_per_s", []))
        notes = []
        if row.get("flagged_share") is not None:
            notes.append(f"{row['flagged_share']:.0%} flagged")
        if row.get("state_entries"):
            notes.append(f"{row['state_entries']:,.0f} campaign/offender table entries")
        if row.get("escalated_share"):
            notes.append(f"{row['escalated_share']:.0%} escalated to the encoder")
        if row.get("internal_messages"):
            notes.append(f"campaign side {row['internal_behind']:,.0f} of {row['internal_messages']:,.0f} internal "
                         f"messages behind when the input was committed")
        lines.append(
            f"  {row['label']:<48} {_num(row.get('posts_per_s')):>9}  {runs:<22} "
            f"{_num(row.get('cpu_us_per_post'), ',.1f'):>11} {_num(row.get('cpu_share'), '.2f'):>5} "
            f"{_num(row.get('runqueue_wait_share'), '.2f'):>8} {_num(row.get('peak_rss_mb'), '.0f') + ' MB':>9}  "
            + ", ".join(notes)
        )
    lines.append("  cores: CPU seconds per second of drain (all threads); CPU wait: runnable but waiting for a CPU")
    ratios: Mapping[str, float] = res.get("ratios", {})
    c_b = ratios.get("vigie-fast/b")
    if c_b is not None:
        ok = c_b >= TARGET_C_OVER_B
        lines.append(
            f"  c/b = {c_b:.2f} (target >= {TARGET_C_OVER_B:g}, aim {AIM_C_OVER_B:g}: {_verdict(ok)}) · "
            f"c/a = {_num(ratios.get('vigie-fast/a'), '.2f')} · c/b0 = {_num(ratios.get('vigie-fast/b0'), '.2f')}"
        )
    tax = ratios.get("vigie-fast/a+")
    if tax:  # (a+) over (c): how much faster Vigie's own stages run without Faust around them
        lines.append(f"  framework tax a+/c = {1 / tax:.2f} (target <= {TARGET_FRAMEWORK_TAX:g}: "
                     f"{_verdict(1 / tax <= TARGET_FRAMEWORK_TAX)})")
    fast, default = (rows.get(k, {}).get("posts_per_s") for k in ("vigie-fast", "vigie"))
    if default:
        lines.append(f"  c+ (default) = {default:,.0f} posts/s (target >= {TARGET_DEFAULT_POSTS_PER_S:,.0f}: "
                     f"{_verdict(default >= TARGET_DEFAULT_POSTS_PER_S)})"
                     + (f" · c+/c = {default / fast:.2f}" if fast else ""))
    off = rows.get("vigie-no-campaigns", {}).get("posts_per_s")
    if default and off:  # campaigns and offenders on keep at least 70 % of the throughput with them off
        share = default / off
        lines.append(f"  c+/c- = {share:.2f} (campaigns and offenders on >= {TARGET_CAMPAIGNS_SHARE:g} of off: "
                     f"{_verdict(share >= TARGET_CAMPAIGNS_SHARE)})")
    for kind, info in (res.get("worker") or {}).items():
        lines.append(f"  {rows.get(kind, {}).get('label', kind)}: model {info.get('model', '?')}; "
                     f"{info.get('cascade', '')}")
    for kind, row in rows.items():
        rss = row.get("peak_rss_mb")
        target = TARGET_RSS_MB.get(kind)
        if target is not None and rss is not None:
            lines.append(f"  peak RSS of {row['label']}: {rss:.0f} MB (target <= {target:.0f} MB: "
                         f"{_verdict(rss <= target)})")
    for kind, lat in (res.get("latency") or {}).items():
        lines.extend(latency_lines(rows.get(kind, {}).get("label", kind), lat, kind))
    return lines


def latency_lines(label: str, lat: Result, kind: str = "vigie-fast") -> list[str]:
    if "error" in lat:
        return [f"  latency of {label}: failed: {lat['error'][:200]}"]
    p99 = lat.get("p99_ms")
    target = TARGET_P99_MS.get(kind, TARGET_P99_MS["vigie-fast"])
    hist = lat.get("worker_histogram", {})
    return [
        f"  latency of {label} at a steady {lat['offered_posts_per_s']:,.0f} posts/s offered "
        f"({_num(lat.get('achieved_posts_per_s'))} achieved, {lat['posts']:,} posts, "
        f"{lat['matched_outputs']:,} outputs timed): p50 {_num(lat.get('p50_ms'), '.0f')} ms · "
        f"p95 {_num(lat.get('p95_ms'), '.0f')} ms · p99 {_num(p99, '.0f')} ms · max {_num(lat.get('max_ms'), '.0f')} ms "
        f"(p99 target <= {target:.0f} ms: {_verdict(None if p99 is None else p99 <= target)})",
        f"    worker's own histogram (record timestamp -> acknowledged publish, interpolated): "
        f"p50 {_num(hist.get('p50_ms'), '.0f')} ms · p95 {_num(hist.get('p95_ms'), '.0f')} ms · "
        f"p99 {_num(hist.get('p99_ms'), '.0f')} ms",
    ]


def scaling_lines(res: Result) -> list[str]:
    rows: Mapping[str, Result] = res.get("rows", {})
    one = rows.get("1", {}).get("posts_per_s")
    parts = []
    for workers, row in rows.items():
        if "error" in row:
            parts.append(f"{workers} worker(s): failed ({row['error'][:80]})")
            continue
        rate = row.get("posts_per_s")
        gain = f" (x{rate / one:.2f})" if rate and one and workers != "1" else ""
        parts.append(f"{workers} worker(s) {_num(rate)} posts/s{gain}, {_num(row.get('cpu_us_per_post'), '.0f')} "
                     f"µs CPU/post")
    return [f"scaling of {res.get('label', 'the worker')} (processes in one group, {res.get('partitions')} "
            f"partitions, one machine; an extra row, not the headline): " + " · ".join(parts)]


def overload_lines(res: Result) -> list[str]:
    rss = res.get("peak_rss_mb")
    hist = res.get("latency_histogram") or []
    total = hist[-1][1] if hist else 0
    shares = " ".join(f"<={bound:g}s:{count / total:.0%}" for bound, count in hist if total and bound != float("inf"))
    return [
        f"overload ({res.get('posts', 0):,}-post backlog, one {res.get('label', 'worker')}): drained in {_num(res.get('drain_seconds'), '.0f')} s "
        f"({_num(res.get('posts_per_s'))} posts/s), peak RSS {_num(rss, '.0f')} MB (target <= "
        f"{TARGET_OVERLOAD_RSS_MB:.0f} MB: {_verdict(None if rss is None else rss <= TARGET_OVERLOAD_RSS_MB)}), "
        f"worker alive at the end: {res.get('alive_at_end')}, exit code {res.get('exit_code')}",
        f"  latency histogram of the drain (cumulative share of posts): {shares}",
        *(["  campaign/offender entries at the end: " + ", ".join(f"{k} {v:,}" for k, v in entries.items())]
          if (entries := res.get("state_entries")) else []),
        *([f"  campaign side when the input was committed: {res['internal_behind']:,} of "
           f"{res['internal_messages']:,} internal messages not yet committed"] if res.get("internal_messages") else []),
    ]


def section_lines(name: str, res: Any, table: Any = None) -> list[str]:
    """A section kept in its own module: its own ``table()`` if it has one, else its scalar fields on one line."""
    if isinstance(res, Mapping) and "error" in res and len(res) <= 2:
        return [f"{name}: not measured — {res['error'][:300]}"]
    if table is not None:
        try:
            return [f"{name}:", *("  " + line for line in str(table(res)).splitlines())]
        except Exception:  # noqa: S110 - fall back to the plain rendering
            pass
    if isinstance(res, Mapping):
        fields = [f"{k}={_scalar(v)}" for k, v in res.items() if isinstance(v, str | int | float | bool)]
        return [f"{name}: " + ", ".join(fields)]
    return [f"{name}: {res!r}"[:300]]


def _scalar(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def table(results: Result, tables: Mapping[str, Any] | None = None) -> str:
    """The whole report as text."""
    meta = results.get("meta", {})
    load = meta.get("load_before", {})
    lines = [
        f"Vigie benchmark — {meta.get('started', '')}; {load.get('cpus', '?')} CPUs, load average "
        f"{load.get('load_1m', '?')} at start, {meta.get('load_after', {}).get('load_1m', '?')} at the end "
        f"(a shared machine: compare rows of the same run); broker: {meta.get('broker', '?')}",
        "",
    ]
    sections: Mapping[str, Any] = results.get("sections", {})
    for name, res in sections.items():
        if name == "pipeline" and isinstance(res, Mapping) and "rows" in res:
            lines.extend(pipeline_lines(res))
        elif name == "scaling" and isinstance(res, Mapping) and "rows" in res:
            lines.extend(scaling_lines(res))
        elif name == "overload" and isinstance(res, Mapping) and "drain_seconds" in res:
            lines.extend(overload_lines(res))
        else:
            lines.extend(section_lines(name, res, (tables or {}).get(name)))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_json(results: Result, path: Path) -> None:
    path.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
