"""The soak benchmark's summary (worker.tools.bench.soak.trend): RSS growth after warm-up and the lag trend."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from worker.tools.bench.soak import Sample, slope, trend


def samples(rss: Sequence[float], lag: Sequence[float], every: float = 5.0) -> list[Sample]:
    return [Sample(i * every, r, q, i * 100.0) for i, (r, q) in enumerate(zip(rss, lag, strict=True))]


def test_slope_of_a_line_and_of_too_few_points() -> None:
    assert slope([0, 1, 2, 3], [1, 3, 5, 7]) == pytest.approx(2.0)
    assert slope([1], [5]) == 0.0
    assert slope([2, 2], [1, 9]) == 0.0


def test_flat_memory_and_lag_after_a_warm_up_spike() -> None:
    # 10 minutes of samples: memory climbs during the first 2 minutes (warm-up), then stays flat.
    rss = [100 + min(i, 24) * 2 for i in range(120)]
    lag = [50.0 if i < 24 else 10.0 for i in range(120)]
    t = trend(samples(rss, lag), warmup_s=120)
    assert t.warm_rss_mb == pytest.approx(148.0) and t.end_rss_mb == pytest.approx(148.0)
    assert t.rss_growth_pct == 0.0 and t.rss_slope_mb_per_hour == 0.0
    assert t.lag_first_third == t.lag_last_third == 10.0 and t.lag_slope_per_minute == 0.0


def test_creeping_memory_and_growing_lag_show() -> None:
    rss = [200 + 0.5 * i for i in range(120)]  # +0.5 MB every 5 s
    lag = [10.0 * i for i in range(120)]
    t = trend(samples(rss, lag), warmup_s=60)
    assert t.rss_slope_mb_per_hour == pytest.approx(360.0)
    assert t.rss_growth_pct > 10.0
    assert t.lag_last_third > t.lag_first_third and t.lag_slope_per_minute == pytest.approx(120.0)
    assert t.lag_max == 1190.0


def test_no_samples_is_an_error() -> None:
    with pytest.raises(ValueError):
        trend([], warmup_s=0)
