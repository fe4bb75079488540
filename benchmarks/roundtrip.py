"""The report both round-trip benchmarks print: times, the target, and nothing lost."""

import statistics


def report(title, times, lost, what, target_ms):
    """Print the figures of one round-trip benchmark; return its exit status."""
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(f"{title}:")
    print(f"  median {median:.1f} ms, 95th percentile {p95:.1f} ms, "
          f"fastest {min(times):.1f} ms, slowest {max(times):.1f} ms (target: median < "
          f"{target_ms:.0f} ms)")
    print(f"  every {what} found on disk afterwards: "
          f"{'yes' if not lost else f'NO, {len(lost)} lost'}")
    if lost or median >= target_ms:
        print("FAILED: target missed.")
        return 1
    print("OK")
    return 0
