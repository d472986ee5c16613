#!/usr/bin/env python3
"""Start-up of the facets command, whole process, against `java -version` in the same run.

Runs each command line N times, interleaved (one run of each in turn, so that a machine's changing
load falls on all of them alike), and prints the median wall time of each and its ratio to the
median of `java -version`, the JVM's own start and exit. Standard output and error of every run are
discarded; a run that exits non-zero stops the benchmark.

Usage, from the repository's root after `mvn -B -q package -DskipTests`:

    python3 benchmarks/startup.py            # 21 runs of each
    python3 benchmarks/startup.py -n 51      # more runs on a noisy machine
    python3 benchmarks/startup.py --before /tmp/facets-main.jar   # also an earlier build's jar
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "facets-examples", "target")
JAR = os.path.join(TARGET, "facets.jar")
JSA = os.path.join(TARGET, "facets.jsa")
LAUNCHER = os.path.join(ROOT, "facets-examples", "bin", "facets")
EXAMPLE = os.path.join(ROOT, "facets-examples", "src", "main", "resources", "examples", "federal-portfolio.json")
BATCH_JOBS = 100


def jobs_file():
    """A jobs file of BATCH_JOBS `score` jobs on the example, for the batch case."""
    handle, path = tempfile.mkstemp(suffix=".jsonl")
    with os.fdopen(handle, "w") as jobs:
        for _ in range(BATCH_JOBS):
            jobs.write(json.dumps(["score", EXAMPLE]) + "\n")
    return path


def java():
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", "java") if home else shutil.which("java")


def cases(before, jobs):
    """Name and command line of each case; the first is the baseline."""
    j = java()
    score = ["score", EXAMPLE]
    earlier = [("before: java -jar JAR score", [j, "-jar", before] + score)] if before else []
    return [("java -version", [j, "-version"])] + earlier + [
        ("java -jar facets.jar score", [j, "-jar", JAR] + score),
        ("java -jar facets.jar --help", [j, "-jar", JAR, "--help"]),
        ("+ TieredStopAtLevel=1 score", [j, "-XX:TieredStopAtLevel=1", "-jar", JAR] + score),
        ("+ CDS archive score", [j, "-XX:SharedArchiveFile=" + JSA, "-jar", JAR] + score),
        ("launcher: facets score", ["sh", LAUNCHER] + score),
        ("launcher: facets --help", ["sh", LAUNCHER, "--help"]),
        ("launcher: facets validate", ["sh", LAUNCHER, "validate", EXAMPLE]),
        ("launcher: facets batch (%d score)" % BATCH_JOBS, ["sh", LAUNCHER, "batch", jobs]),
    ]


def run_once(command):
    """Wall time and CPU time (user + system, the process and its children) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("startup: %s exited with %d" % (" ".join(command), code))
    return elapsed, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=21, help="runs of each command (default 21)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs of each first (default 2)")
    parser.add_argument("--before", metavar="JAR", help="also time `score` with an earlier build's facets.jar")
    args = parser.parse_args()
    for path in (JAR, JSA):
        if not os.path.exists(path):
            sys.exit("startup: %s is missing: build first (mvn -B -q package -DskipTests)" % path)
    jobs = jobs_file()
    all_cases = cases(args.before, jobs)
    times = {name: [] for name, _ in all_cases}
    cpu = {name: [] for name, _ in all_cases}
    for round_ in range(args.warmup + args.runs):
        for name, command in all_cases:
            elapsed, used = run_once(command)
            if round_ >= args.warmup:
                times[name].append(elapsed)
                cpu[name].append(used)
    baseline = statistics.median(times[all_cases[0][0]])
    print("%-30s %9s %9s %7s %9s" % ("case", "wall s", "min s", "ratio", "cpu s"))
    for name, _ in all_cases:
        median = statistics.median(times[name])
        print("%-30s %9.3f %9.3f %7.2f %9.3f"
              % (name, median, min(times[name]), median / baseline, statistics.median(cpu[name])))
    os.remove(jobs)
    batch = statistics.median(times[all_cases[-1][0]]) / BATCH_JOBS
    print("%-30s %9.3f %9s %7.2f" % ("  per job of the batch", batch, "", batch / baseline))
    print("(%d runs each, interleaved; wall s: median wall time, min s: fastest run, ratio: median wall"
          " time / that of java -version, cpu s: median user + system time; load average %s)"
          % (args.runs, " ".join("%.1f" % load for load in os.getloadavg())))


if __name__ == "__main__":
    main()
