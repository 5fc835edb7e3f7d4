"""Benchmarks run by ``nox -s bench`` (``python -m benchmarks``); each prints ratios measured in the same run."""
