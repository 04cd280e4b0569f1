"""Batch analysis on Dask: partitions, atomic shards, a manifest, idempotent loading.

``run_batch(inputs, output, ...)`` is the library call behind ``rayzan batch``.
"""

from __future__ import annotations

from rayzan.batch.runner import BatchSummary, Progress, run_batch

__all__ = ["BatchSummary", "Progress", "run_batch"]
