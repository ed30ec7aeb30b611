"""Coding time and memory as transcripts grow: one long file, and many small files.

    .venv/bin/python -m benchmarks.bench_scale [--turns 10000 50000 200000] [--files 10000]
                                               [--real-turns 2000]

Each measurement runs in a fresh process (so its peak RSS is its own) and times `code` end to
end for one transcript of N turns (an interviewer laddering up and down, new ladders every few
rungs, backchannels), then `tree --merge` work on the coded output (reading, outcome tree,
validation, grouping by content code, implication matrix). The analysis is a fast stand-in
(one outcome per answer, typed by a keyword) so the figures measure the reading, role
detection, linking, tree building and merging code, not spaCy; `--real-turns` codes a smaller
file with the real pipeline for its seconds per 10k turns. Then `--files` small transcripts in
one folder are coded in one process, and half as many, to show peak RSS flat in the number of
files. Prints one line per measurement: seconds, seconds per 10k turns, peak RSS in MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.outcome import Outcome, OutcomeKind, Polarity

ANSWERS = (
    ("I want the parcel delivered on time.", OutcomeKind.FUNCTIONAL),
    ("I'd feel calm about the whole trip.", OutcomeKind.EMOTIONAL),
    ("People would see me as reliable.", OutcomeKind.SOCIAL),
    ("I don't want my laptop to get wet.", OutcomeKind.FUNCTIONAL),
    ("I'd feel confident in the meeting.", OutcomeKind.EMOTIONAL),
)
QUESTIONS = (
    "Why is that important to you?",
    "What would have to happen for you to feel that?",
    "And why does that matter?",
    "Mm-hm.",
    "What else would make it a success?",
)


class FastAnalyzer:
    """An ``OutcomeAnalyzer`` that costs next to nothing: one outcome per answer."""

    version = "bench-fast-1"

    def analyze(self, text: str) -> list[Outcome]:
        for answer, kind in ANSWERS:
            if text == answer:
                polarity = Polarity.AVOID if "don't" in text else Polarity.WANT
                return [Outcome(kind, polarity, text.rstrip("."), text, (0, len(text) - 1))]
        return []

    def analyze_many(self, texts: Iterable[str]) -> Iterator[list[Outcome]]:
        return (self.analyze(text) for text in texts)


def transcript(turns: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    lines = ["Job: send a package abroad", ""]
    for number in range(turns):
        if number % 2 == 0:
            lines.append(f"Interviewer: {rng.choice(QUESTIONS)}")
        else:
            lines.append(f"P1: {rng.choice(ANSWERS)[0]}")
    return "\n".join(lines) + "\n"


def _measure(args: list[str]) -> dict[str, float]:
    """Run this module's ``--child`` mode in a fresh process; its JSON result."""
    command = [sys.executable, "-m", "benchmarks.bench_scale", "--child", *args]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _child(mode: str, path: str, out: str, real: bool) -> None:
    from interviewer.coding.batch import BatchOptions, code_batch
    from interviewer.graph.value_map import merge_interviews
    from interviewer.io.coded import load_interview

    analyzer: OutcomeAnalyzer = FastAnalyzer()
    if real:
        from interviewer import analyzer as shared

        analyzer = shared()
        analyzer.analyze("warm up the model")  # loading the model is not coding
    started = time.perf_counter()
    result = code_batch([path], BatchOptions(Path(out), force=True), analyzer=analyzer)
    coded = time.perf_counter() - started
    failed = [report.error for report in result.failures]
    merge = 0.0
    if mode == "one":
        started = time.perf_counter()
        interviews = [load_interview(p) for p in sorted(Path(out).glob("*.coded.jsonl"))]
        merge_interviews(interviews)
        merge = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"code": coded, "merge": merge, "peak_mb": peak, "failed": len(failed)}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, nargs="*", default=[10_000, 50_000, 200_000])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--real-turns", type=int, default=2_000)
    parser.add_argument("--child", nargs=4, metavar=("MODE", "PATH", "OUT", "REAL"))
    options = parser.parse_args(argv)
    if options.child:
        mode, path, out, real = options.child
        _child(mode, path, out, real == "real")
        return
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        root = Path(tmp)
        print("one transcript of N turns (fast stand-in analyzer):")
        for turns in options.turns:
            source = root / f"long-{turns}.txt"
            source.write_text(transcript(turns), encoding="utf-8")
            got = _measure(["one", str(source), str(root / f"out-{turns}"), "fast"])
            print(
                f"  {turns:>7,} turns: code {got['code']:7.2f} s "
                f"({got['code'] / turns * 10_000:5.2f} s per 10k turns), "
                f"merge {got['merge']:6.2f} s, peak RSS {got['peak_mb']:6.0f} MB"
            )
        if options.real_turns:
            source = root / "real.txt"
            source.write_text(transcript(options.real_turns, seed=2), encoding="utf-8")
            got = _measure(["one", str(source), str(root / "out-real"), "real"])
            per = got["code"] / options.real_turns * 10_000
            print(
                f"  {options.real_turns:>7,} turns, real pipeline: code {got['code']:6.2f} s "
                f"({per:5.1f} s per 10k turns), peak RSS {got['peak_mb']:6.0f} MB"
            )
        print("many small transcripts in one folder (20 turns each, one process):")
        for files in (options.files // 2, options.files):
            folder = root / f"files-{files}"
            folder.mkdir()
            for number in range(files):
                (folder / f"p{number:05d}.txt").write_text(
                    transcript(20, seed=number), encoding="utf-8"
                )
            got = _measure(["many", str(folder), str(root / f"out-files-{files}"), "fast"])
            print(
                f"  {files:>7,} files: code {got['code']:7.2f} s "
                f"({got['code'] / (files * 20) * 10_000:5.2f} s per 10k turns), "
                f"peak RSS {got['peak_mb']:6.0f} MB, failed {got['failed']:.0f}"
            )


if __name__ == "__main__":
    main()
