#!/usr/bin/env python3
"""The numpy comparison of PortfolioScoreBenchmark's COLUMNAR figure.

Times, on a register of the benchmark's shape (10^6 rows by default: log-normal budgets, a mix of
four facet weights per row that sums to one, held row by row in one float64 array, as
ColumnarPortfolio holds it), the arithmetic the numpy way: the facet shares as
``w @ M / w.sum()``, then their Shannon entropy and Herfindahl-Hirschman index. It prints the
median of many timed runs, so the figure can be set beside the JMH run of
``PortfolioScoreBenchmark -p size=1000000 -p implementation=COLUMNAR,PRIMITIVE_FLOOR`` taken on the
same machine.

numpy is a point of comparison, never a dependency of facets. BLAS threads are pinned to one by
default (the Java pass is one thread); ``--threads 0`` leaves numpy's BLAS at its own default.

    python3 benchmarks/numpy/score_numpy.py                  # 10^6 rows, 200 runs
    python3 benchmarks/numpy/score_numpy.py --size 100000 --runs 500
"""
import argparse
import os
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="rows (initiatives)")
    parser.add_argument("--runs", type=int, default=200, help="timed runs (the median is reported)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed runs first")
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads; 0 leaves numpy's default")
    parser.add_argument("--seed", type=int, default=0x5EEDFACE75)
    args = parser.parse_args()
    if args.threads > 0:
        # Must be set before numpy loads its BLAS.
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[name] = str(args.threads)
    import time
    import numpy as np

    rng = np.random.default_rng(args.seed)
    # Budgets log-normal (a few large initiatives dominate), mixes on the simplex with some zeros.
    w = np.rint(np.exp(11.0 + 1.5 * rng.standard_normal(args.size)))
    mixes = rng.random((args.size, 4))
    mixes[rng.random((args.size, 4)) < 0.3] = 0.0
    mixes[mixes.sum(axis=1) == 0.0, 0] = 1.0
    mixes /= mixes.sum(axis=1, keepdims=True)
    mixes = np.ascontiguousarray(mixes)  # row by row, four per row

    def score():
        shares = w @ mixes / w.sum()
        p = shares[shares > 0]
        entropy = -np.sum(p * np.log(p))
        hhi = np.sum(shares * shares)
        return shares, entropy, hhi

    for _ in range(args.warmup):
        score()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter_ns()
        score()
        times.append(time.perf_counter_ns() - start)
    times.sort()
    median = times[len(times) // 2]
    shares, entropy, hhi = score()
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}, BLAS threads: "
          f"{args.threads if args.threads > 0 else 'default'}")
    print(f"rows {args.size}, runs {args.runs}: median {median / 1e6:.3f} ms "
          f"({median / args.size:.2f} ns per row); min {times[0] / 1e6:.3f} ms, "
          f"max {times[-1] / 1e6:.3f} ms")
    print(f"shares {np.array2string(shares, precision=6)}, entropy {entropy:.6f}, hhi {hhi:.6f}")


if __name__ == "__main__":
    main()
