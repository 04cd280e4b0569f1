"""The pipeline: an explicit tuple of stages, each ``Document -> Document``.

read → normalise → segment → recognise entities → resolve actors → code events

Each stage declares what it needs and what it provides; ``Pipeline`` checks
the chain when it is built, so a missing stage is an error at start-up rather
than an empty field later.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from rayzan.document import ArticleMeta, Block, Document, Section, Tokens, join_blocks
from rayzan.errors import PipelineError
from rayzan.text import normalize_with_map, split_sentences, tokenize


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Document], Document]
    needs: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()


def build_document(meta: ArticleMeta, blocks: Iterable[Block], zwnj: bool = True) -> Document:
    """Raw blocks -> a Document with normalised text and one section per block."""
    raw, spans = join_blocks(blocks)
    text, omap = normalize_with_map(raw, zwnj=zwnj)
    lines = text.split("\n")
    if len(lines) != len(spans) and spans:
        raise PipelineError(f"{meta.id}: normaliser changed the line count ({len(spans)} -> {len(lines)})")
    sections: list[Section] = []
    pos = 0
    for (kind, _, _), line in zip(spans, lines):
        sections.append(Section(kind, pos, pos + len(line)))
        pos += len(line) + 1
    title = text[sections[0].start : sections[0].end] if sections and sections[0].kind == "title" else meta.title
    return Document(meta=replace(meta, title=title), raw=raw, text=text, offsets=omap, sections=tuple(sections))


# Characters tokenised at a time: a token never holds whitespace, so cutting the text before a
# space changes no token, and only one stretch's Token objects exist before they become columns.
# A stretch is tokenised as a string of its own: ``tokenize`` looks for "://" and "@" in all the
# text it is given, once per call.
_TOKENIZE_CHUNK = 1 << 18
_SPACE = re.compile(r"\s")


def tokens_of(text: str) -> Tokens:
    """``tokenize(text)`` as ``Tokens``, tokenised a stretch at a time."""
    tokens = Tokens(text)
    start = 0
    while start < len(text):
        cut = _SPACE.search(text, start + _TOKENIZE_CHUNK) if len(text) - start > _TOKENIZE_CHUNK else None
        end = cut.start() if cut is not None else len(text)
        tokens.extend(tokenize(text[start:end]), offset=start)
        start = end
    return tokens


def segment(doc: Document) -> Document:
    sentences = split_sentences(doc.text, doc.sections)
    return doc.evolve(sentences=sentences, tokens=tokens_of(doc.text))


SEGMENT = Stage("segment", segment, frozenset({"text", "sections"}), frozenset({"sentences", "tokens"}))


def default_stages() -> tuple[Stage, ...]:
    """The stages Rayzan runs, in order; later stages are imported lazily."""
    stages = [SEGMENT]
    have = {"text", "sections"} | SEGMENT.provides
    for module in _OPTIONAL_STAGES:
        stage = _optional_stage(module)
        # An optional stage whose inputs no installed stage provides is left out, not an error.
        if stage is not None and stage.needs <= have:
            stages.append(stage)
            have |= stage.provides
    return tuple(stages)


def _optional_stage(module: str) -> Stage | None:
    """``module.STAGE`` when the stage's package is installed, else None."""
    try:
        return importlib.import_module(module).STAGE
    except ImportError:
        return None


_OPTIONAL_STAGES = ("rayzan.ner", "rayzan.actors", "rayzan.events")


class Pipeline:
    """Runs documents through the stages; built once, reused for every article."""

    def __init__(self, stages: tuple[Stage, ...] | None = None, zwnj: bool = True) -> None:
        self.stages = stages if stages is not None else default_stages()
        self.zwnj = zwnj
        have = {"text", "sections"}
        for stage in self.stages:
            missing = stage.needs - have
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage provides")
            have |= stage.provides

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage.run(doc)
        return doc

    def analyze(self, meta: ArticleMeta, blocks: Iterable[Block]) -> Document:
        return self(build_document(meta, blocks, zwnj=self.zwnj))

    def pipe(self, items: Iterable[tuple[ArticleMeta, Iterable[Block]]]) -> Iterator[Document]:
        for meta, blocks in items:
            yield self.analyze(meta, blocks)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
