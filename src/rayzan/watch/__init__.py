"""Watch RSS/Atom feeds: fetch new articles politely, analyse them, store them as they come.

``run_watch(feeds, sink, state_path, ...)`` is the library call behind ``rayzan watch``.
"""

from __future__ import annotations

from rayzan.watch.fetch import USER_AGENT, FetchSettings
from rayzan.watch.poll import RoundSummary, read_feeds_file, run_watch
from rayzan.watch.state import default_state_path

__all__ = ["USER_AGENT", "FetchSettings", "RoundSummary", "default_state_path", "read_feeds_file", "run_watch"]
